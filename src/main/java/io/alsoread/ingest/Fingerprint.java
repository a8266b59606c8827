package io.alsoread.ingest;

/** The fingerprint that tells whether a file's article changed: a hash of its bytes and of the site settings that shape its URL. */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(byte[] content, Site site) {
    throw new UnsupportedOperationException("being written");
  }
}
