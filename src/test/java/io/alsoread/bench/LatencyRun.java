package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.BadQueryException;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times passes of a query set through {@link AlsoRead#search} with a fixed number of threads that
 * take the next query from a shared counter, so a pass ends when the set is done, whatever the
 * threads' speeds.
 */
final class LatencyRun implements AutoCloseable {
  private final AlsoRead index;
  private final ExecutorService threads;
  private final int threadCount;

  LatencyRun(AlsoRead index, int threadCount) {
    this.index = index;
    this.threadCount = threadCount;
    this.threads = Executors.newFixedThreadPool(threadCount);
  }

  /** The outcome of one pass: latency of each query (nanoseconds) and of the whole pass, and the refused queries. */
  record Pass(long[] nanos, long wallNanos, int refused) {
    Latencies latencies() {
      return Latencies.of(nanos, wallNanos);
    }
  }

  /** One pass over {@code requests}; a query the engine refuses (bad or too expensive) is timed too, and counted. */
  Pass pass(List<SearchRequest> requests) throws InterruptedException {
    long[] nanos = new long[requests.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>(threadCount);
    long start = System.nanoTime();
    for (int t = 0; t < threadCount; t++) {
      workers.add(threads.submit(() -> {
        for (int i = next.getAndIncrement(); i < nanos.length; i = next.getAndIncrement()) {
          long begin = System.nanoTime();
          try {
            index.search(requests.get(i));
          } catch (BadQueryException e) {
            refused.incrementAndGet();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          nanos[i] = System.nanoTime() - begin;
        }
      }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a search failed", e.getCause());
      }
    }
    return new Pass(nanos, System.nanoTime() - start, refused.get());
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
