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

  /** The exit code of an index run: partly done when it rejected an input. */
  static int of(io.alsoread.IndexSummary summary) {
    return summary.rejected() > 0 ? PARTLY_DONE : OK;
  }

  /**
   * The worse of two exit codes, for a run of several commands (a scripted REPL): an I/O error is worse
   * than bad usage, which is worse than a partly done reindex, which is worse than success.
   */
  static int worse(int a, int b) {
    return severity(a) >= severity(b) ? a : b;
  }

  private static int severity(int code) {
    return switch (code) {
      case OK -> 0;
      case PARTLY_DONE -> 1;
      case USAGE -> 2;
      default -> 3;
    };
  }
}
