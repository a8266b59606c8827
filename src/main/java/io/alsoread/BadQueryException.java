package io.alsoread;

/** A query that does not parse or is too expensive; the message points at the problem. */
public class BadQueryException extends AlsoReadException {
  public BadQueryException(String message) {
    super(message);
  }
}
