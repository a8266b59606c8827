package io.alsoread.search;

import io.alsoread.util.Futures;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Runs work over a range of independent items on two cores: the second half goes to an executor,
 * the calling thread does the first, then the second itself when no thread of the executor has
 * taken it by then (so a busy executor costs nothing but the hand-over).
 */
final class Halves {
  private Halves() {}

  /** Work over items {@code [from, to)}. */
  @FunctionalInterface
  interface RangeWork {
    void run(int from, int to) throws IOException;
  }

  /**
   * Runs {@code work} over {@code [0, count)}: in two halves when there is an executor and at least
   * {@code minCount} items, else in one go on the calling thread.
   */
  static void run(Executor executor, int count, int minCount, RangeWork work) throws IOException {
    if (executor == null || count < minCount) {
      work.run(0, count);
      return;
    }
    int split = (count + 1) / 2;
    FutureTask<Void> second = new FutureTask<>(() -> {
      work.run(split, count);
      return null;
    });
    executor.execute(second);
    try {
      work.run(0, split);
    } catch (IOException | RuntimeException | Error e) {
      second.cancel(false);
      throw e;
    }
    second.run(); // does nothing when a thread of the executor has taken it
    Futures.await(second);
  }
}
