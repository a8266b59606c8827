package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC "Guarantees": one writer at a time; a second concurrent {@code index} fails fast with a clear
 * message, through the library ({@link IndexUnavailableException}) and the command line (exit code
 * 2, one line on stderr), and searches keep answering meanwhile.
 */
class TwoIndexersTest {
  private static final Path CORPUS = Path.of("corpus").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void aSecondIndexerFailsFastWhileTheFirstHoldsTheIndex() throws Exception {
    Path indexDir = tmp.resolve("index");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try (AlsoRead first = AlsoRead.openOrCreate(indexDir); AlsoRead second = AlsoRead.open(indexDir)) {
      // The first run holds the write lock from its start; it waits in its first progress report.
      Future<IndexSummary> firstRun = runner.submit(() -> first.index(List.of(CORPUS), false, progress -> {
        if (progress.phase().equals("scan")) {
          holding.countDown();
          await(release);
        }
      }));
      assertTrue(holding.await(30, TimeUnit.SECONDS), "the first run started");
      try {
        long start = System.nanoTime();
        IndexUnavailableException refused = assertThrows(IndexUnavailableException.class,
            () -> second.index(List.of(CORPUS), false, IndexListener.NONE));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "the second indexer fails fast, not after " + millis + " ms");
        assertTrue(refused.getMessage().contains("another indexer holds the index"), refused.getMessage());
        assertTrue(refused.getMessage().contains(indexDir.toString()), "the message names the index: " + refused.getMessage());
        assertTrue(!refused.getMessage().contains("\n"), "one line: " + refused.getMessage());

        // Another process: the command line says so in one line and exits with 2.
        ChildJvm.Result cli = ChildJvm.run(tmp, 60, "io.alsoread.cli.Main", "index", "--index", indexDir.toString(), CORPUS.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(List.of("alsoread: another indexer holds the index in " + indexDir + "; try again when it has finished"),
            cli.errLines(), cli.err());
        assertEquals("", cli.out());

        // Searching needs no lock.
        ChildJvm.Result search = ChildJvm.run(tmp, 60, "io.alsoread.cli.Main", "search", "printer", "--index", indexDir.toString(), "--json");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().matches("(?s).*\"total\"\\s*:\\s*0\\b.*"), "the empty first commit: " + search.out());
        assertEquals(0, second.search(SearchRequest.of("")).total());
      } finally {
        release.countDown();
      }
      assertEquals(49, firstRun.get(60, TimeUnit.SECONDS).articles());
      try (AlsoRead reader = AlsoRead.open(indexDir)) {
        assertEquals(49, reader.search(SearchRequest.of("")).total());
      }
      IndexSummary after = second.index(List.of(CORPUS), false, IndexListener.NONE);
      assertEquals(49, after.unchanged(), "the lock is free again once the first run ended");
    } finally {
      runner.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
