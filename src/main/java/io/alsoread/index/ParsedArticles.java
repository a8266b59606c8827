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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.util.BytesRef;

/**
 * Parsed articles kept in a temporary file between parsing and writing. A run parses the whole crawl
 * before it can derive clusters and anchor text, and holding every body in memory until then would
 * make its memory grow with the crawl. Records are LZ4-compressed (text shrinks to about a third), so
 * that the file takes less disk and page cache than the crawl. Safe for concurrent use; the file is
 * deleted on close.
 */
final class ParsedArticles implements Closeable {
  /** JSON length, body length, compressed length. */
  private static final int HEADER = Integer.BYTES * 3;

  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  private final ThreadLocal<Compressor> compressors = ThreadLocal.withInitial(CompressionMode.FAST::newCompressor);
  private final Decompressor decompressor = CompressionMode.FAST.newDecompressor();

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
    byte[] raw = new byte[json.length + body.length];
    System.arraycopy(json, 0, raw, 0, json.length);
    System.arraycopy(body, 0, raw, json.length, body.length);
    byte[] record = new byte[HEADER + raw.length + raw.length / 255 + 16]; // LZ4's worst case
    ByteArrayDataOutput out = new ByteArrayDataOutput(record, HEADER, record.length - HEADER);
    // One buffer: the compressor's input reads several only when they are blocks of one size.
    compressors.get().compress(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(raw))), out);
    int compressed = out.getPosition() - HEADER;
    ByteBuffer buffer = ByteBuffer.wrap(record, 0, HEADER + compressed);
    buffer.putInt(json.length).putInt(body.length).putInt(compressed).rewind();
    long position = end.getAndAdd(HEADER + compressed);
    for (long at = position; buffer.hasRemaining(); ) {
      at += channel.write(buffer, at);
    }
    return position;
  }

  /** The article stored at {@code position}, with its JSON form (all but the body) for the stored field. */
  Stored get(long position) throws IOException {
    ByteBuffer header = read(position, HEADER);
    int jsonLength = header.getInt();
    int bodyLength = header.getInt();
    int compressed = header.getInt();
    BytesRef raw = new BytesRef();
    decompressor.clone().decompress(new ByteArrayDataInput(read(position + HEADER, compressed).array()), jsonLength + bodyLength, 0,
        jsonLength + bodyLength, raw);
    BytesRef json = new BytesRef(raw.bytes, raw.offset, jsonLength);
    String body = new String(raw.bytes, raw.offset + jsonLength, bodyLength, StandardCharsets.UTF_8);
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
