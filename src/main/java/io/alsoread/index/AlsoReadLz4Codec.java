package io.alsoread.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * The codec of indexes written before {@link AlsoReadCodec}: Lucene's default codec with stored
 * fields LZ4-compressed in chunks of 16 KB of at most 128 documents. Kept, under its name, so that
 * those indexes stay readable; new segments are written with {@link AlsoReadCodec}.
 */
public final class AlsoReadLz4Codec extends FilterCodec {
  /** The name written into the segments of those indexes. */
  public static final String NAME = "AlsoRead104";

  /** For the service loader. */
  public AlsoReadLz4Codec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return StoredFieldsLayout.LZ4;
  }
}
