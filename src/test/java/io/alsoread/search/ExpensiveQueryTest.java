package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries that expand to very many terms are answered (or refused) within the time budget. */
class ExpensiveQueryTest {
  private static TestIndex index;
  private static final ArticleSearch search = new ArticleSearch();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(7);
    List<TestIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        for (int c = 0; c < 7; c++) {
          body.append((char) ('a' + random.nextInt(26)));
        }
        body.append(' ');
      }
      entries.add(new TestIndex.A("https://x.example/" + i + "/").title("t" + i).body(body.toString()).entry());
    }
    index = new TestIndex(entries, 500);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Runs a query, returning its total, or -1 when it was refused; fails if it took over 2.5 s. */
  private static long timed(String query) throws IOException {
    long start = System.nanoTime();
    long total;
    try {
      SearchResult result = search.search(index.searcher, SearchRequest.of(query));
      total = result.total();
    } catch (BadQueryException e) {
      assertTrue(!e.getMessage().contains("\n"), e.getMessage());
      total = -1;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_500, query + " took " + millis + " ms");
    return total;
  }

  @Test
  void prefixesOverAHundredThousandTerms() throws IOException {
    StringBuilder query = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      query.append(c == 'a' ? "" : " OR ").append(c).append('*');
    }
    assertEquals(2000, timed(query.toString()));
  }

  @Test
  void leadingWildcardsAreBounded() throws IOException {
    assertTrue(timed("*a*") > 0);
    assertTrue(timed("*q?z*") >= 0);
    assertEquals(2000, timed("*"));
  }

  @Test
  void runsOfStarsAreOneStar() throws IOException {
    assertTrue(timed("*".repeat(3000) + "a") > 0); // thousands of stars took Lucene seconds to minutes to compile
    assertTrue(timed("title:t1" + "*".repeat(3000)) > 0);
    assertEquals("a*b", FieldQueryParser.singleStars("a***b"));
    assertEquals("*a*b?*", FieldQueryParser.singleStars("**a*b?**"));
    assertEquals("a\\**b", FieldQueryParser.singleStars("a\\***b")); // an escaped star is text
  }

  @Test
  void aPatternTooComplexToCompileIsRefused() {
    String message = assertThrows(BadQueryException.class, () -> search.search(index.searcher, SearchRequest.of("*a".repeat(300))))
        .getMessage();
    assertTrue(message.startsWith("the pattern '*a*a") && message.endsWith("is too complex to search; use fewer wildcards"), message);
  }

  @Test
  void aPageOfAnySizeIsBoundedByTheMatches() throws IOException {
    SearchResult all = search.search(index.searcher, SearchRequest.of("*").withCollapse(false).withPage(Integer.MAX_VALUE, 0));
    assertEquals(2000, all.hits().size());
    assertEquals(0, search.search(index.searcher, SearchRequest.of("*").withPage(Integer.MAX_VALUE, Integer.MAX_VALUE)).hits().size());
  }

  @Test
  void fuzzyQueriesAreBounded() throws IOException {
    assertTrue(timed("abcdefg~2 OR hijklmn~2 OR opqrstu~2") >= 0);
  }
}
