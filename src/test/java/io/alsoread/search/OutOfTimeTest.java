package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.index.Fields;
import io.alsoread.FacetListing;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search that waits (say, on a cold disk) goes on past its budget, up to its final deadline; a
 * plain query that ran out of time gets a second try within it.
 */
class OutOfTimeTest {
  private static final long STALL_MILLIS = 400;
  private static TestIndex index;

  @BeforeAll
  static void build() throws IOException {
    List<TestIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      entries.add(new TestIndex.A("https://x.example/" + i + "/").title("Printer " + i).body("The printer is offline, post " + i + ".").entry());
    }
    index = new TestIndex(entries);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Searches {@code query} over a view of the index whose term dictionaries stall the next {@code stalls} times they are opened. */
  private static long search(String query, int stalls) throws IOException {
    return search(query, stalls, new long[2]);
  }

  /**
   * {@link #search(String, int)}, putting into {@code took[0]} how long the stalling search took,
   * answered or refused, and into {@code took[1]} how many stalls it met.
   */
  private static long search(String query, int stalls, long[] took) throws IOException {
    AtomicInteger left = new AtomicInteger();
    IndexSearcher stalling = new IndexSearcher(new StallingReader((DirectoryReader) index.searcher.getIndexReader(), left));
    ArticleSearch search = new ArticleSearch(Duration.ofMillis(STALL_MILLIS / 4));
    search.search(stalling, SearchRequest.of(query)); // reads what the reader cache keeps, unhurried
    left.set(stalls);
    long start = System.nanoTime();
    try {
      return search.search(stalling, SearchRequest.of(query)).total();
    } finally {
      took[0] = (System.nanoTime() - start) / 1_000_000;
      took[1] = stalls - Math.max(0, left.get());
    }
  }

  @Test
  void aPlainQueryThatWaitedOnceIsAnswered() throws IOException {
    assertEquals(50, search("printer offline", 1));
  }

  @Test
  void aFacetListingThatWaitedIsAnsweredAsItsSearchIs() throws IOException {
    AtomicInteger left = new AtomicInteger();
    IndexSearcher stalling = new IndexSearcher(new StallingReader((DirectoryReader) index.searcher.getIndexReader(), left));
    ArticleSearch search = new ArticleSearch(Duration.ofMillis(STALL_MILLIS / 4));
    FacetListing unhurried = search.facet(stalling, SearchRequest.of("printer offline"), "tag", 10);
    left.set(1);
    assertEquals(unhurried, search.facet(stalling, SearchRequest.of("printer offline"), "tag", 10));
  }

  @Test
  void aPlainQueryThatWaitsEveryTimeIsRefused() {
    BadQueryException e = assertThrows(BadQueryException.class, () -> search("printer", 1000));
    assertTrue(e.getMessage().contains("too expensive"), e.getMessage());
  }

  @Test
  void aPatternThatWaitedOnceIsAnsweredToo() throws IOException {
    assertEquals(50, search("print*", 1), "waiting is not working: the budget counts the time the search could work");
  }

  @Test
  void aPatternThatWaitsEveryTimeIsRefusedOnceItsFinalDeadlinePassed() {
    long[] took = new long[2];
    BadQueryException e = assertThrows(BadQueryException.class, () -> search("print*", 1000, took));
    assertTrue(e.getMessage().contains("too expensive"), e.getMessage());
    // Ten budgets (2.5 stalls) pass before its final deadline; the next check may come only once the
    // term dictionaries of every default field have been opened, each a stall of its own. Counted in
    // stalls, not milliseconds (a loaded machine stretches each stall): far fewer than the 1,000 offered.
    long withinDeadline = (SearchBudget.WAITING_LIMIT * STALL_MILLIS / 4 + STALL_MILLIS - 1) / STALL_MILLIS;
    assertTrue(took[1] <= withinDeadline + Fields.DEFAULT_FIELD_BOOSTS.size() + 2, took[1] + " stalls in " + took[0] + " ms");
  }

  /** A reader whose leaves sleep in {@code terms()} while {@code stalls} is positive, counting it down. */
  private static final class StallingReader extends FilterDirectoryReader {
    private final AtomicInteger stalls;

    StallingReader(DirectoryReader in, AtomicInteger stalls) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new FilterLeafReader(reader) {
            @Override
            public Terms terms(String field) throws IOException {
              if (stalls.getAndDecrement() > 0) {
                try {
                  Thread.sleep(STALL_MILLIS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return super.terms(field);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return in.getCoreCacheHelper();
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return in.getReaderCacheHelper();
            }
          };
        }
      });
      this.stalls = stalls;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new StallingReader(in, stalls);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }
}
