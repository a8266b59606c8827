package io.alsoread.index;

import io.alsoread.ingest.Article;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.util.BytesRef;

/**
 * Parsed articles kept in a temporary file between parsing and writing. A run parses the whole crawl
 * before it can derive clusters and anchor text, and holding every body in memory until then would
 * make its memory grow with the crawl. Safe for concurrent use; the file is deleted on close.
 */
final class ParsedArticles implements Closeable {
  private static final int HEADER = Integer.BYTES * 2;

  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  private ParsedArticles(FileChannel channel) {
    this.channel = channel;
  }

  /** A new, empty store in the system's temporary folder. */
  static ParsedArticles create() throws IOException {
    Path file = Files.createTempFile("alsoread-parsed-", ".tmp");
    try {
      return new ParsedArticles(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** Stores an article; returns the position to read it back from. */
  long put(Article article) throws IOException {
    byte[] json = ArticleCodec.toJson(article);
    byte[] body = article.body().getBytes(StandardCharsets.UTF_8);
    ByteBuffer record = ByteBuffer.allocate(HEADER + json.length + body.length);
    record.putInt(json.length).putInt(body.length).put(json).put(body).flip();
    long position = end.getAndAdd(record.remaining());
    for (long at = position; record.hasRemaining(); ) {
      at += channel.write(record, at);
    }
    return position;
  }

  /** The article stored at {@code position}, with its JSON form (all but the body) for the stored field. */
  Stored get(long position) throws IOException {
    ByteBuffer header = read(position, HEADER);
    int jsonLength = header.getInt();
    int bodyLength = header.getInt();
    ByteBuffer record = read(position + HEADER, jsonLength + bodyLength);
    byte[] bytes = record.array();
    BytesRef json = new BytesRef(bytes, 0, jsonLength);
    String body = new String(bytes, jsonLength, bodyLength, StandardCharsets.UTF_8);
    return new Stored(ArticleCodec.fromJson(json, body), json);
  }

  /** An article read back, and its stored JSON. */
  record Stored(Article article, BytesRef json) {}

  private ByteBuffer read(long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    for (long at = position; buffer.hasRemaining(); ) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new EOFException("parsed-article store ends before position " + (position + length));
      }
      at += n;
    }
    return buffer.flip();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
