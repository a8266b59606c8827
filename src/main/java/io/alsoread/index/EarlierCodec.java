package io.alsoread.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * A codec alsoread wrote before {@link AlsoReadCodec}, kept under its name so that the indexes it
 * wrote stay readable: Lucene's default codec with stored fields in one layout for every segment.
 * New segments are written with {@link AlsoReadCodec}.
 */
abstract class EarlierCodec extends FilterCodec {
  private final StoredFieldsFormat storedFields;

  EarlierCodec(String name, StoredFieldsFormat storedFields) {
    super(name, new Lucene104Codec());
    this.storedFields = storedFields;
  }

  @Override
  public final StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
