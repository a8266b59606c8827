package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.Source;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ParsedArticlesTest {
  /** A body after its first block: long, and varied enough that it does not compress to a few bytes. */
  private static final String REST = rest();

  private static String rest() {
    StringBuilder text = new StringBuilder("The printer shows offline \u2013 \u201cseven checks\u201d \uD83D\uDDA8.\n\n");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 200; i++) {
      text.append("Check ").append(i).append(": ").append(Long.toString(random.nextLong(), 36)).append('\n');
    }
    return text.toString();
  }

  private static Article article(String url, String title, String body) {
    return new Article(url, "a.example", title, "", "", List.of(), List.of("Printers"), List.of(List.of("Hardware")),
        Instant.parse("2024-03-01T08:30:00Z"), null, null, body, List.of(new Link("https://a.example/other/", "Other")), Map.of(),
        new Source(Path.of("/crawl/a/source/_posts/post.md"), Path.of("/crawl/a"), 1_700_000_000_000L, 1234, "abc"));
  }

  private static void assertReadBack(ParsedArticles store, long position, Article expected) throws Exception {
    ParsedArticles.Stored stored = store.get(position);
    assertEquals(expected, stored.article());
    assertEquals(expected, ArticleCodec.fromJson(stored.json(), expected.body()));
  }

  @Test
  void everyKindOfBodyComesBackAsItWasStored() throws Exception {
    List<String> bodies = List.of("", "one block only", "# Heading\n\n" + REST, "\n\n" + REST, "# Heading\n\n", "\n\n",
        "a\n\n\n\nb", "caf\u00e9 \uD83D\uDE00\n\ncaf\u00e9 \uD83D\uDE00");
    try (ParsedArticles store = ParsedArticles.create(1 << 20)) {
      List<Article> articles = new ArrayList<>();
      List<Long> positions = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        Article a = article("https://a.example/" + i + "/", "Title " + i, bodies.get(i));
        articles.add(a);
        positions.add(store.put(a));
      }
      for (int round = 0; round < 2; round++) { // the second round reads the rests from memory
        for (int i = 0; i < articles.size(); i++) {
          assertReadBack(store, positions.get(i), articles.get(i));
        }
      }
    }
  }

  @Test
  void aCopyUnderAnotherHeadingStoresItsHeadingAlone() throws Exception {
    try (ParsedArticles store = ParsedArticles.create(0)) {
      Article original = article("https://a.example/fix/", "Fix the printer", "# Fix the printer\n\n" + REST);
      Article copy = article("https://b.example/repair/", "Repair the printer", "# Repair the printer\n\n" + REST);
      Article other = article("https://c.example/other/", "Other", "# Other\n\n" + REST + "and one more line");
      long first = store.put(original);
      long before = store.size();
      long second = store.put(copy);
      assertTrue(store.size() - before < 1000, "the copy's record holds its heading, not the rest: " + (store.size() - before) + " bytes");
      before = store.size();
      long third = store.put(other);
      assertTrue(store.size() - before > 1000, "another rest is stored: " + (store.size() - before) + " bytes");
      before = store.size();
      long fourth = store.put(original);
      assertTrue(store.size() - before < 1000, "the original's rest is not stored again: " + (store.size() - before) + " bytes");
      assertReadBack(store, first, original);
      assertReadBack(store, second, copy);
      assertReadBack(store, third, other);
      assertReadBack(store, fourth, original);
    }
  }

  @Test
  void articlesPutFromSeveralThreadsComeBack() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ParsedArticles store = ParsedArticles.create(4096)) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        articles.add(article("https://a.example/" + i + "/", "Title " + i, "# Title " + i + "\n\n" + REST.substring(i % 7)));
      }
      List<Future<Long>> positions = new ArrayList<>();
      for (Article a : articles) {
        positions.add(pool.submit(() -> store.put(a)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertReadBack(store, positions.get(i).get(), articles.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
