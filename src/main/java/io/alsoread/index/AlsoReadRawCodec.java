package io.alsoread.index;

/** The codec of indexes written with every segment's stored fields uncompressed, in chunks of 16 KB. */
public final class AlsoReadRawCodec extends EarlierCodec {
  /** The name written into the segments of those indexes. */
  public static final String NAME = "AlsoRead104Raw";

  /** For the service loader. */
  public AlsoReadRawCodec() {
    super(NAME, StoredFieldsLayout.UNCOMPRESSED);
  }
}
