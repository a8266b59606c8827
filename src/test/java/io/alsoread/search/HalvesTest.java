package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class HalvesTest {

  @Test
  void withoutExecutorRunsTheWholeRangeOnce() throws IOException {
    List<int[]> ranges = new ArrayList<>();
    Halves.run(null, 10, 4, (from, to) -> ranges.add(new int[] {from, to}));
    assertEquals(1, ranges.size());
    assertArrayEquals(new int[] {0, 10}, ranges.get(0));
  }

  @Test
  void belowTheMinimumRunsOnTheCallingThread() throws IOException {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();
    Halves.run(task -> new Thread(task).start(), 3, 4, (from, to) -> threads.add(Thread.currentThread()));
    assertEquals(List.of(caller), threads);
  }

  @Test
  void withExecutorEveryItemIsDoneExactlyOnce() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int count : new int[] {4, 5, 17, 300}) {
        AtomicIntegerArray done = new AtomicIntegerArray(count);
        Halves.run(pool, count, 4, (from, to) -> {
          for (int i = from; i < to; i++) {
            done.incrementAndGet(i);
          }
        });
        for (int i = 0; i < count; i++) {
          assertEquals(1, done.get(i), "item " + i + " of " + count);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExecutorThatNeverRunsTheSecondHalfLeavesItToTheCaller() throws IOException {
    List<Runnable> neverRun = new ArrayList<>();
    AtomicIntegerArray done = new AtomicIntegerArray(10);
    Halves.run(neverRun::add, 10, 4, (from, to) -> {
      for (int i = from; i < to; i++) {
        done.incrementAndGet(i);
      }
    });
    assertEquals(1, neverRun.size());
    for (int i = 0; i < 10; i++) {
      assertEquals(1, done.get(i));
    }
  }

  @Test
  void aFailureOfTheSecondHalfReachesTheCaller() {
    IOException thrown = assertThrows(IOException.class, () -> Halves.run(Runnable::run, 10, 4, (from, to) -> {
      if (from > 0) {
        throw new IOException("second half failed");
      }
    }));
    assertEquals("second half failed", thrown.getMessage());
  }

  @Test
  void aFailureOfTheFirstHalfReachesTheCaller() {
    List<Runnable> neverRun = new ArrayList<>();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Halves.run(neverRun::add, 10, 4, (from, to) -> {
      if (from == 0) {
        throw new IllegalStateException("first half failed");
      }
    }));
    assertEquals("first half failed", thrown.getMessage());
  }
}
