package io.alsoread.index;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.StoredFieldsWriter;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;

/**
 * Stored fields in chunks of 16 KB of at most 128 documents, uncompressed or LZ4-compressed as the
 * writer is told, the choice recorded in each segment (as Lucene's own stored-fields format records
 * its mode). Every hit of a search reads its stored document, body included, for the snippet, and
 * decoding LZ4 was the largest part of reading a hit: uncompressed, queries on the 7-site crawl took
 * 9 to 14% less time, for an index 28% larger. A crawl too large for the page cache to hold with its
 * index loses more to the larger files than it gains (the 1,000,000-article synthetic crawl indexed
 * in 820 s instead of 720, searches no faster), so {@link #forCrawl} compresses those. The crawl
 * is measured as the larger of what a run walks and what the index holds, so that a run over one
 * site of a large index does not write, or merge its segments into, uncompressed ones.
 */
final class StoredFieldsLayout extends StoredFieldsFormat {
  /** The segment attribute that records the layout. */
  static final String KEY = StoredFieldsLayout.class.getSimpleName() + ".compressed";
  private static final int CHUNK_BYTES = 16 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 128;
  private static final int BLOCK_SHIFT = 10;
  /** Crawls up to this share of the machine's memory are stored uncompressed. */
  private static final int MEMORY_SHARE = 8;

  /** Also the format of indexes written by {@link AlsoReadRawCodec}. */
  static final StoredFieldsFormat UNCOMPRESSED = new Lucene90CompressingStoredFieldsFormat(
      "AlsoReadStoredFieldsRaw", UncompressedMode.INSTANCE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);
  /** Also the format of indexes written by {@link AlsoReadLz4Codec}. */
  static final StoredFieldsFormat LZ4 = new Lucene90CompressingStoredFieldsFormat(
      "Lucene90StoredFieldsFastData", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  private volatile boolean compressed;

  /** Whether a crawl of {@code crawlBytes} is stored compressed on a machine of {@code memoryBytes}. */
  static boolean forCrawl(long crawlBytes, long memoryBytes) {
    return crawlBytes > memoryBytes / MEMORY_SHARE;
  }

  /**
   * Whether a crawl of {@code crawlBytes} is stored compressed on this machine; compressed when its
   * memory is unknown, as on a runtime without the {@code jdk.management} module.
   */
  static boolean forCrawl(long crawlBytes) {
    try {
      return !(ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os)
          || forCrawl(crawlBytes, os.getTotalMemorySize());
    } catch (LinkageError e) {
      return true;
    }
  }

  /** Sets how segments written from now on store their fields (uncompressed until told). */
  void compress(boolean compressed) {
    this.compressed = compressed;
  }

  @Override
  public StoredFieldsReader fieldsReader(Directory directory, SegmentInfo si, FieldInfos fn, IOContext context) throws IOException {
    String value = si.getAttribute(KEY);
    if (value == null) {
      throw new CorruptIndexException("segment " + si.name + " does not say how its stored fields are written", si.name);
    }
    return (Boolean.parseBoolean(value) ? LZ4 : UNCOMPRESSED).fieldsReader(directory, si, fn, context);
  }

  @Override
  public StoredFieldsWriter fieldsWriter(Directory directory, SegmentInfo si, IOContext context) throws IOException {
    boolean compress = compressed;
    String previous = si.putAttribute(KEY, Boolean.toString(compress));
    if (previous != null && !previous.equals(Boolean.toString(compress))) {
      throw new IllegalStateException("segment " + si.name + " was started with another stored-fields layout");
    }
    return (compress ? LZ4 : UNCOMPRESSED).fieldsWriter(directory, si, context);
  }
}
