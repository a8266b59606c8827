package io.alsoread.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time a search may take, per thread: one instance is shared by every search (it watches the
 * index reader's term enumeration through {@code ExitableDirectoryReader} and the scoring through
 * {@code IndexSearcher.setTimeout}), and each search starts and stops its own clock. Expanding
 * wildcards happens before scoring, so only the reader can stop it in time. Thread-safe.
 *
 * <p>The budget is time the search could work: a thread past its deadline is looked at again a
 * tenth of the budget later, and stopped once it got at least half a core in between. One that got
 * less was waiting for a core (searches on other threads, a busy machine) and goes on, up to {@link
 * #WAITING_LIMIT} budgets in all. Measured by the clock alone, a query that takes half a second took
 * two with eight searches at once on two cores, and was refused as too expensive. Reading a thread's
 * CPU time costs a system call, so searches within their deadline never do.
 */
final class SearchBudget implements QueryTimeout {
  private static final long NONE = Long.MAX_VALUE;
  /** How many budgets of wall time a search that waits for the CPU may take in all, its tries together. */
  static final int WAITING_LIMIT = 10;
  /** Slots of a thread's clock. */
  private static final int DEADLINE = 0, FINAL_DEADLINE = 1, CPU_MARK = 2, WALL_MARK = 3;

  private final long nanos;
  private final ThreadLocal<long[]> clock = ThreadLocal.withInitial(() -> new long[] {NONE, NONE, -1, 0});

  SearchBudget(long nanos) {
    this.nanos = nanos;
  }

  /**
   * Starts this thread's clock for a try at a search that started at {@code searchStart}
   * ({@link System#nanoTime()}): a second try gets a budget of its own, within the same final deadline.
   */
  void start(long searchStart) {
    set(clock.get(), System.nanoTime() + nanos, searchStart + WAITING_LIMIT * nanos);
  }

  /** Stops this thread's clock; work outside a search is never stopped. */
  void stop() {
    clock.get()[DEADLINE] = NONE;
  }

  /**
   * {@code task} running under the calling thread's clock, for the threads that search the segments
   * of one search in parallel.
   */
  Runnable carrying(Runnable task) {
    long[] caller = clock.get();
    long end = caller[DEADLINE];
    long finalEnd = caller[FINAL_DEADLINE];
    return () -> {
      long[] own = clock.get();
      long[] before = own.clone();
      set(own, end, finalEnd);
      try {
        task.run();
      } finally {
        System.arraycopy(before, 0, own, 0, own.length);
      }
    };
  }

  private static void set(long[] own, long end, long finalEnd) {
    own[DEADLINE] = end;
    own[FINAL_DEADLINE] = finalEnd;
    own[CPU_MARK] = -1;
  }

  @Override
  public boolean shouldExit() {
    long[] own = clock.get();
    long now = System.nanoTime();
    if (own[DEADLINE] == NONE || now - own[DEADLINE] <= 0) {
      return false;
    }
    if (now - own[FINAL_DEADLINE] > 0) {
      return true;
    }
    long cpu = Cpu.now();
    if (cpu < 0 || own[CPU_MARK] >= 0 && 2 * (cpu - own[CPU_MARK]) >= now - own[WALL_MARK]) {
      return true;
    }
    own[CPU_MARK] = cpu;
    own[WALL_MARK] = now;
    own[DEADLINE] = now + nanos / 10;
    return false;
  }

  /** The CPU time of the calling thread, or -1 where the JVM cannot tell. Loaded when a search first needs it. */
  private static final class Cpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    static long now() {
      return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;
    }
  }
}
