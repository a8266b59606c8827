package io.alsoread.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * The codec alsoread writes: Lucene's default codec with stored fields in the layout of {@link
 * StoredFieldsLayout} (uncompressed for a crawl the page cache holds easily, else LZ4; in small
 * chunks either way). Registered by name (Java's service loader), so indexes written with it are read
 * by this program only; indexes written before it ({@link AlsoReadLz4Codec}, {@link
 * AlsoReadRawCodec}, or Lucene's default codec) are read and updated as they are.
 */
public final class AlsoReadCodec extends FilterCodec {
  /** The name written into every segment. */
  public static final String NAME = "AlsoRead104v2";

  private final StoredFieldsLayout storedFields = new StoredFieldsLayout();

  /** For the service loader; writes stored fields uncompressed until {@link #compressStoredFields} says otherwise. */
  public AlsoReadCodec() {
    super(NAME, new Lucene104Codec());
  }

  /** Sets whether segments written from now on compress their stored fields. */
  void compressStoredFields(boolean compressed) {
    storedFields.compress(compressed);
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
