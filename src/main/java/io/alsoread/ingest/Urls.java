package io.alsoread.ingest;

/**
 * The one URL normalisation rule of the project, used for article ids and link targets alike.
 *
 * <p>Scheme and host lower-cased, {@code http} treated as {@code https}, default port dropped,
 * fragment dropped, a trailing {@code index.html} dropped, the path ending in {@code /}, and
 * percent-encoding normalised (unreserved characters decoded, other escapes upper-cased).
 */
public final class Urls {
  private Urls() {}

  /**
   * Returns the normalised form of an absolute URL, or null when {@code url} is not an absolute
   * http(s) or file URL.
   */
  public static String normalize(String url) {
    throw new UnsupportedOperationException("being written");
  }

  /** Resolves {@code href} against {@code base} (an absolute URL) and normalises the result; null when unusable. */
  public static String resolve(String base, String href) {
    throw new UnsupportedOperationException("being written");
  }

  /** The lower-cased host of a normalised URL, or "" for file URLs. */
  public static String host(String normalizedUrl) {
    throw new UnsupportedOperationException("being written");
  }
}
