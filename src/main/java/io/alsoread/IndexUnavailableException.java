package io.alsoread;

/**
 * The index is missing, broken, or held by another indexer. Its {@link #reason()} tells a caller
 * what to do about it, and its message says so in words that name no command, as a library's should.
 */
public class IndexUnavailableException extends AlsoReadException {

  /** Why an index cannot be used, which decides what to do about it. */
  public enum Reason {
    /** The folder holds no index yet. */
    NO_INDEX("index a crawl first"),
    /** The index cannot be read: it is broken, or was written by another version. */
    UNREADABLE("rebuild it from its crawl"),
    /** Another indexer holds the index. */
    HELD("try again when it has finished"),
    /** Any other reason; the message says what it is. */
    OTHER(null);

    private final String advice;

    Reason(String advice) {
      this.advice = advice;
    }
  }

  private final Reason reason;
  private final String problem;

  public IndexUnavailableException(String message) {
    this(message, null);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.reason = Reason.OTHER;
    this.problem = message;
  }

  /**
   * @param problem what is wrong, like {@code "no index in /srv/index"}; the message adds what to do
   *     about it, as the reason says
   */
  public IndexUnavailableException(Reason reason, String problem, Throwable cause) {
    super(reason.advice == null ? problem : problem + "; " + reason.advice, cause);
    this.reason = reason;
    this.problem = problem;
  }

  /** Why the index cannot be used. */
  public Reason reason() {
    return reason;
  }

  /** What is wrong, without the message's advice: for a caller that gives its own, such as the command to run. */
  public String problem() {
    return problem;
  }

  /** The index was written by an alsoread whose schema this one does not read. */
  public static IndexUnavailableException olderVersion() {
    return new IndexUnavailableException(Reason.UNREADABLE, "the index was written by another version of alsoread", null);
  }
}
