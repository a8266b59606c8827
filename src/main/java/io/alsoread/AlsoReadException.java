package io.alsoread;

/** Base of the errors the library reports with a one-line, user-facing message. */
public class AlsoReadException extends RuntimeException {
  public AlsoReadException(String message) {
    super(message);
  }

  public AlsoReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
