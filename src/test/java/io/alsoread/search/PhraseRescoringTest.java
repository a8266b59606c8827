package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phrase boosts added after matching: to the best matches by their words, and to every copy of the best clusters. */
class PhraseRescoringTest {
  private static TestIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = new TestIndex(List.of(
        // the words in the title, apart: the best by words alone
        new TestIndex.A("https://a.example/apart/").title("Driver for a printer").body("A driver, then a printer.").cluster("c1").entry(),
        // the same article under another title, with the phrase in its body
        new TestIndex.A("https://b.example/phrase/").title("Notes").body("Install the printer driver first. Then restart the computer and print a page.").cluster("c1").entry(),
        new TestIndex.A("https://c.example/other/").title("Printer setup").body("Set up the printer. A driver comes later.").cluster("c2").entry(),
        new TestIndex.A("https://d.example/far/").title("Notes on many things").body("Long notes. The printer driver is mentioned once among many other words about scanners, cables, paper and ink.").cluster("c3").entry()),
        2);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> urls(SearchResult result) {
    return result.hits().stream().map(Hit::url).toList();
  }

  private static ArticleSearch withWindows(int window, int contested) {
    Ranking d = Ranking.DEFAULT;
    return new ArticleSearch(new Ranking(d.fieldBoosts(), d.tieBreaker(), d.allTermsUpTo(), d.mustMatchFraction(),
        d.bodyPhraseBoost(), d.bodyPhraseSlop(), d.titlePhraseBoost(), window, contested, d.commonWordFraction()), Duration.ofSeconds(5), null);
  }

  @Test
  void thePhraseDecidesTheOrderOfTheBest() throws IOException {
    SearchResult all = new ArticleSearch().search(index.searcher, SearchRequest.of("printer driver").withCollapse(false));
    assertEquals(4, all.total());
    List<String> order = urls(all);
    assertTrue(order.indexOf("https://b.example/phrase/") < order.indexOf("https://a.example/apart/"), order.toString());
    assertTrue(order.indexOf("https://d.example/far/") < order.indexOf("https://c.example/other/"), order.toString());
    for (int i = 1; i < all.hits().size(); i++) {
      assertTrue(all.hits().get(i - 1).score() >= all.hits().get(i).score());
    }
  }

  @Test
  void aQuotedWordLeavesTheWholeTextAPhrase() throws IOException {
    // quotes make the words match as typed (either word), but the text still reads as a phrase
    SearchResult quoted = new ArticleSearch().search(index.searcher, SearchRequest.of("\"printer\" driver").withCollapse(false));
    assertEquals(4, quoted.total());
    List<String> order = urls(quoted);
    assertTrue(order.indexOf("https://b.example/phrase/") < order.indexOf("https://a.example/apart/"), order.toString());
    assertTrue(order.indexOf("https://d.example/far/") < order.indexOf("https://c.example/other/"), order.toString());
  }

  @Test
  void aClusterIsLedByItsBestCopyAfterTheBoost() throws IOException {
    SearchResult collapsed = new ArticleSearch().search(index.searcher, SearchRequest.of("printer driver"));
    Hit first = collapsed.hits().get(0);
    assertEquals("https://b.example/phrase/", first.url());
    assertEquals(2, first.copies());
    assertEquals(3, collapsed.clusters());
    assertEquals(4, collapsed.total());
  }

  @Test
  void outsideTheWindowOnlyTheWordsCount() throws IOException {
    // a window of one (as the page is one hit): only the best by its words is boosted, so it stays first
    SearchRequest firstHit = SearchRequest.of("printer driver").withCollapse(false).withPage(1, 0);
    SearchResult narrow = withWindows(1, 1).search(index.searcher, firstHit);
    SearchResult wide = withWindows(1000, 50).search(index.searcher, firstHit);
    assertEquals(wide.total(), narrow.total());
    assertEquals(List.of("https://a.example/apart/"), urls(narrow));
    assertEquals(List.of("https://b.example/phrase/"), urls(wide));
  }

  @Test
  void pagesOfTheBoostedOrderDoNotOverlap() throws IOException {
    ArticleSearch search = new ArticleSearch();
    List<String> whole = urls(search.search(index.searcher, SearchRequest.of("printer driver").withCollapse(false)));
    List<String> first = urls(search.search(index.searcher, SearchRequest.of("printer driver").withCollapse(false).withPage(2, 0)));
    List<String> second = urls(search.search(index.searcher, SearchRequest.of("printer driver").withCollapse(false).withPage(2, 2)));
    assertEquals(whole.subList(0, 2), first);
    assertEquals(whole.subList(2, 4), second);
  }

  @Test
  void pagesAgreeWithOneLongPageWhateverTheWindows() throws IOException {
    // deeper pages reach past the boosted hits and the contested clusters: the order must not change with the page
    for (int window : new int[] {1, 2, 3}) {
      for (int contested : new int[] {1, 2}) {
        for (boolean collapse : new boolean[] {true, false}) {
          ArticleSearch search = withWindows(window, contested);
          SearchRequest request = SearchRequest.of("printer driver").withCollapse(collapse);
          List<String> whole = urls(search.search(index.searcher, request));
          List<String> paged = new java.util.ArrayList<>();
          for (int offset = 0; offset < whole.size() + 1; offset++) {
            paged.addAll(urls(search.search(index.searcher, request.withPage(1, offset))));
          }
          assertEquals(whole, paged, "window " + window + ", contested " + contested + ", collapse " + collapse);
        }
      }
    }
  }
}
