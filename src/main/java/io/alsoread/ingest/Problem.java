package io.alsoread.ingest;

/**
 * Something a run wants the user to know about one file: a warning (the file was still indexed) or
 * a rejection (it was not).
 */
public record Problem(String path, String message, boolean rejected) {

  public static Problem warning(String path, String message) {
    return new Problem(path, message, false);
  }

  public static Problem rejection(String path, String message) {
    return new Problem(path, message, true);
  }
}
