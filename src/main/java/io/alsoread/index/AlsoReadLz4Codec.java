package io.alsoread.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The codec of indexes written before {@link AlsoReadCodec}: Lucene's default codec with stored
 * fields LZ4-compressed in chunks of 16 KB of at most 128 documents. Kept, under its name, so that
 * those indexes stay readable; new segments are written with {@link AlsoReadCodec}.
 */
public final class AlsoReadLz4Codec extends FilterCodec {
  /** The name written into the segments of those indexes. */
  public static final String NAME = "AlsoRead104";

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "Lucene90StoredFieldsFastData", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, AlsoReadCodec.CHUNK_BYTES,
      AlsoReadCodec.MAX_DOCS_PER_CHUNK, AlsoReadCodec.BLOCK_SHIFT);

  /** For the service loader. */
  public AlsoReadLz4Codec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
