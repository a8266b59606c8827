package io.alsoread.index;

import io.alsoread.ingest.Article;
import io.alsoread.util.BoundedLru;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Parsed articles kept in a temporary file between parsing and writing. A run parses the whole crawl
 * before it can derive clusters and anchor text, and holding every body in memory until then would
 * make its memory grow with the crawl. Records are LZ4-compressed (text shrinks to about a third), so
 * that the file takes less disk and page cache than the crawl.
 *
 * <p>The network republishes one body under many titles, each copy opening with its own title
 * heading: a body is stored as its first block and a reference to the rest (after the first blank
 * line), and a rest met before is referred to, not stored again, so that a copy costs the
 * compression, writing and reading of its heading only. Safe for concurrent use; the file is
 * deleted on close.
 */
final class ParsedArticles implements Closeable {
  private static final String BLOCK_BREAK = BodyTokenCache.BLOCK_BREAK;
  /** Article record: JSON length, first block length, compressed length, position of the rest's record (-1: none). */
  private static final int ARTICLE_HEADER = Integer.BYTES * 3 + Long.BYTES;
  /** Rest record: its length, compressed length. */
  private static final int REST_HEADER = Integer.BYTES * 2;
  private static final int SEED = 0x5eed;

  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  private final ThreadLocal<Compressor> compressors = ThreadLocal.withInitial(CompressionMode.FAST::newCompressor);
  private final Decompressor decompressor = CompressionMode.FAST.newDecompressor();
  /** Where each rest stored so far is, by a 128-bit hash of its bytes. */
  private final Map<RestKey, Long> rests = new ConcurrentHashMap<>();
  /** The rests read back lately, by position: copies are written as they were parsed, near each other. */
  private final BoundedLru<Long, String> restsRead;

  private ParsedArticles(FileChannel channel, long restCacheChars) {
    this.channel = channel;
    this.restsRead = new BoundedLru<>(restCacheChars, (position, rest) -> 2L * rest.length() + 64);
  }

  /** A new, empty store in the system's temporary folder, keeping up to {@code restCacheChars} of rests read back in memory. */
  static ParsedArticles create(long restCacheChars) throws IOException {
    Path file = Files.createTempFile("alsoread-parsed-", ".tmp");
    try {
      return new ParsedArticles(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE), restCacheChars);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** A new, empty store keeping a sixty-fourth of the heap's worth of rests read back. */
  static ParsedArticles create() throws IOException {
    return create(Runtime.getRuntime().maxMemory() / 64);
  }

  /** Stores an article; returns the position to read it back from. */
  long put(Article article) throws IOException {
    byte[] json = ArticleCodec.toJson(article);
    String body = article.body();
    int split = body.indexOf(BLOCK_BREAK);
    byte[] first = (split < 0 ? body : body.substring(0, split)).getBytes(StandardCharsets.UTF_8);
    long restPosition = split < 0 ? -1 : rest(body.substring(split + BLOCK_BREAK.length()).getBytes(StandardCharsets.UTF_8));
    byte[] raw = new byte[json.length + first.length];
    System.arraycopy(json, 0, raw, 0, json.length);
    System.arraycopy(first, 0, raw, json.length, first.length);
    return write(raw, ARTICLE_HEADER,
        (header, compressed) -> header.putInt(json.length).putInt(first.length).putInt(compressed).putLong(restPosition));
  }

  /** The position of a rest's record: one stored before with the same bytes, else a new one. */
  private long rest(byte[] bytes) throws IOException {
    long[] hash = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, SEED);
    RestKey key = new RestKey(hash[0], hash[1], bytes.length);
    Long known = rests.get(key);
    if (known != null) {
      return known;
    }
    long position = write(bytes, REST_HEADER, (header, compressed) -> header.putInt(bytes.length).putInt(compressed));
    Long raced = rests.putIfAbsent(key, position);
    return raced != null ? raced : position;
  }

  /** A rest's identity: its hash and length (two rests that share both are taken to be the same). */
  private record RestKey(long hashHigh, long hashLow, int length) {}

  /** Fills in a record's header, once the length of its compressed part is known. */
  @FunctionalInterface
  private interface Header {
    void fill(ByteBuffer header, int compressed);
  }

  /** Writes a record: a header of {@code headerBytes}, then {@code raw} compressed; returns its position. */
  private long write(byte[] raw, int headerBytes, Header header) throws IOException {
    byte[] record = new byte[headerBytes + raw.length + raw.length / 255 + 16]; // LZ4's worst case
    ByteArrayDataOutput out = new ByteArrayDataOutput(record, headerBytes, record.length - headerBytes);
    // One buffer: the compressor's input reads several only when they are blocks of one size.
    compressors.get().compress(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(raw))), out);
    int compressed = out.getPosition() - headerBytes;
    ByteBuffer buffer = ByteBuffer.wrap(record, 0, headerBytes + compressed);
    header.fill(buffer, compressed);
    buffer.rewind();
    long position = end.getAndAdd(headerBytes + compressed);
    for (long at = position; buffer.hasRemaining(); ) {
      at += channel.write(buffer, at);
    }
    return position;
  }

  /** The article stored at {@code position}, with its JSON form (all but the body) for the stored field. */
  Stored get(long position) throws IOException {
    ByteBuffer header = read(position, ARTICLE_HEADER);
    int jsonLength = header.getInt();
    int firstLength = header.getInt();
    int compressed = header.getInt();
    long restPosition = header.getLong();
    BytesRef raw = decompress(position + ARTICLE_HEADER, compressed, jsonLength + firstLength);
    BytesRef json = new BytesRef(raw.bytes, raw.offset, jsonLength);
    String first = new String(raw.bytes, raw.offset + jsonLength, firstLength, StandardCharsets.UTF_8);
    String body = restPosition < 0 ? first : first + BLOCK_BREAK + rest(restPosition);
    return new Stored(ArticleCodec.fromJson(json, body), json);
  }

  /** The rest stored at {@code position}. */
  private String rest(long position) throws IOException {
    String rest = restsRead.get(position);
    if (rest == null) {
      ByteBuffer header = read(position, REST_HEADER);
      int length = header.getInt();
      int compressed = header.getInt();
      BytesRef raw = decompress(position + REST_HEADER, compressed, length);
      rest = new String(raw.bytes, raw.offset, raw.length, StandardCharsets.UTF_8);
      restsRead.put(position, rest);
    }
    return rest;
  }

  private BytesRef decompress(long position, int compressed, int length) throws IOException {
    BytesRef raw = new BytesRef();
    decompressor.clone().decompress(new ByteArrayDataInput(read(position, compressed).array()), length, 0, length, raw);
    return raw;
  }

  /** The bytes written so far. */
  long size() {
    return end.get();
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
