package io.alsoread.index;

/** The codec of indexes written with every segment's stored fields LZ4-compressed, in chunks of 16 KB. */
public final class AlsoReadLz4Codec extends EarlierCodec {
  /** The name written into the segments of those indexes. */
  public static final String NAME = "AlsoRead104";

  /** For the service loader. */
  public AlsoReadLz4Codec() {
    super(NAME, StoredFieldsLayout.LZ4);
  }
}
