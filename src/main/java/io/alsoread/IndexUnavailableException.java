package io.alsoread;

/** The index is missing, broken, or held by another indexer. */
public class IndexUnavailableException extends AlsoReadException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The index was written by an alsoread whose schema this one does not read. */
  public static IndexUnavailableException olderVersion() {
    return new IndexUnavailableException("the index was written by another version of alsoread; run `alsoread index --rebuild`");
  }
}
