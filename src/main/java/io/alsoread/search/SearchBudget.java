package io.alsoread.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * The time a search may take, per thread: one instance is shared by every search (it watches the
 * index reader's term enumeration through {@code ExitableDirectoryReader} and the scoring through
 * {@code IndexSearcher.setTimeout}), and each search starts and stops its own clock. Expanding
 * wildcards happens before scoring, so only the reader can stop it in time. Thread-safe.
 */
final class SearchBudget implements QueryTimeout {
  private static final long NONE = Long.MAX_VALUE;

  private final long nanos;
  private final ThreadLocal<long[]> deadline = ThreadLocal.withInitial(() -> new long[] {NONE});

  SearchBudget(long nanos) {
    this.nanos = nanos;
  }

  /** Starts this thread's clock. */
  void start() {
    deadline.get()[0] = System.nanoTime() + nanos;
  }

  /** Stops this thread's clock; work outside a search is never stopped. */
  void stop() {
    deadline.get()[0] = NONE;
  }

  /**
   * {@code task} running under the calling thread's clock, for the threads that search the segments
   * of one search in parallel.
   */
  Runnable carrying(Runnable task) {
    long end = deadline.get()[0];
    return () -> {
      long[] own = deadline.get();
      long before = own[0];
      own[0] = end;
      try {
        task.run();
      } finally {
        own[0] = before;
      }
    };
  }

  long millis() {
    return nanos / 1_000_000;
  }

  @Override
  public boolean shouldExit() {
    long end = deadline.get()[0];
    return end != NONE && System.nanoTime() - end > 0;
  }
}
