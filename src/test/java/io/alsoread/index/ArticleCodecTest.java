package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.ingest.Article;
import io.alsoread.ingest.Link;
import io.alsoread.ingest.Source;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ArticleCodecTest {
  private static Article article(Instant date) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("author", "Ann");
    extra.put("tags", List.of("not", "the", "tags")); // a name the listing reads, inside a later object
    extra.put("nested", Map.of("title", "not the title"));
    return new Article("https://a.example/post/", "a.example", "Fix the \"printer\" \u2013 offline", "A description", "An excerpt",
        List.of("printer", "offline"), List.of("Win10", "Printers"), List.of(List.of("Hardware", "Printers"), List.of("Tips")),
        date, Instant.parse("2024-03-02T10:00:00Z"), "/img/a.png", "the body",
        List.of(new Link("https://a.example/other/", "Other"), new Link("https://b.example/x/", "X")), extra,
        new Source(Path.of("/crawl/a/source/_posts/post.md"), Path.of("/crawl/a"), 1_700_000_000_000L, 1234, "abc"));
  }

  @Test
  void storedJsonThatDoesNotParseIsADamagedIndex() {
    BytesRef damaged = new BytesRef(new byte[] {'{', '"', 'u', (byte) 0xC3, 'P', '"'});
    for (Runnable read : List.<Runnable>of(() -> ArticleCodec.listing(damaged), () -> ArticleCodec.fromJson(damaged, ""))) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, read::run);
      assertInstanceOf(CorruptIndexException.class, e.getCause());
      assertTrue(e.getCause().getMessage().startsWith("an article's stored JSON does not parse ("), e.getCause().getMessage());
    }
  }

  @Test
  void anArticleComesBackAsItWasStored() {
    Article a = article(Instant.parse("2024-03-01T08:30:00Z"));
    assertEquals(a, ArticleCodec.fromJson(new BytesRef(ArticleCodec.toJson(a)), "the body"));
  }

  @Test
  void theListingHoldsWhatAHitShows() {
    for (Instant date : new Instant[] {Instant.parse("2024-03-01T08:30:00Z"), null}) {
      Article a = article(date);
      ArticleCodec.Listing listing = ArticleCodec.listing(new BytesRef(ArticleCodec.toJson(a)));
      assertEquals(new ArticleCodec.Listing(a.url(), a.site(), a.title(), a.tags(), a.categories(), a.date()), listing);
    }
  }

  @Test
  void theListingDoesNotDependOnTheOrderOfTheFields() {
    String json = "{\"links\":[{\"url\":\"https://x.example/\",\"title\":\"X\"}],\"extra\":{\"title\":\"no\"},"
        + "\"categories\":[[\"A\",\"B\"]],\"tags\":[\"t\"],\"title\":\"T\",\"site\":\"s.example\",\"url\":\"https://s.example/p/\"}";
    ArticleCodec.Listing listing = ArticleCodec.listing(new BytesRef(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(new ArticleCodec.Listing("https://s.example/p/", "s.example", "T", List.of("t"), List.of(List.of("A", "B")), null), listing);
    assertNull(listing.date());
  }
}
