package io.alsoread.cli;

/** The exit codes of the SPEC. */
final class ExitCodes {
  static final int OK = 0;
  /** Bad usage or a bad query. */
  static final int USAGE = 1;
  /** An I/O error, or a missing or broken index. */
  static final int IO = 2;
  /** Partly done: some inputs were rejected, the rest indexed. */
  static final int PARTLY_DONE = 3;

  private ExitCodes() {}
}
