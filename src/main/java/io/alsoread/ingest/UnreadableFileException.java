package io.alsoread.ingest;

/** A file that cannot be read as text at all, so it is rejected; the message says why in a few words. */
public class UnreadableFileException extends RuntimeException {
  public UnreadableFileException(String message) {
    super(message);
  }
}
