package io.alsoread;

/** The index is missing, broken, or held by another indexer. */
public class IndexUnavailableException extends AlsoReadException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
