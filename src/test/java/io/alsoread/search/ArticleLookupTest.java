package io.alsoread.search;

import static io.alsoread.search.SampleCorpus.G;
import static io.alsoread.search.SampleCorpus.P1;
import static io.alsoread.search.SampleCorpus.P2;
import static io.alsoread.search.SampleCorpus.P3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.ArticleView;
import io.alsoread.InboundLink;
import io.alsoread.LinkEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleLookupTest {
  private static TestIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = SampleCorpus.index();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void everyStoredFieldCopiesAndLinks() throws IOException {
    ArticleView view = ArticleLookup.find(index.searcher, P1).orElseThrow();
    assertEquals(P1, view.url());
    assertEquals("Printer Offline Fix", view.title());
    assertEquals("one.example", view.site());
    assertEquals("How to fix an offline printer", view.description());
    assertEquals(List.of("printer offline", "spooler"), view.keywords());
    assertEquals(List.of("Win10", "Printer"), view.tags());
    assertEquals(List.of(List.of("Hardware", "Tech")), view.categories());
    assertEquals(Instant.parse("2024-03-05T10:00:00Z"), view.date());
    assertEquals(SampleCorpus.PRINTER_BODY, view.body());
    assertEquals("c1", view.cluster());
    assertEquals(List.of(P3, P2), view.copies());
    assertEquals(List.of(), view.links());
    assertEquals(List.of(new InboundLink(G, "Printer Offline Fix")), view.inbound());
    assertEquals(Map.of("author", "tester"), view.extra());
  }

  @Test
  void outgoingLinksAreMarkedResolvedOrDangling() throws IOException {
    ArticleView view = ArticleLookup.find(index.searcher, G).orElseThrow();
    assertEquals(
        List.of(new LinkEntry(P1, "Printer Offline Fix", true), new LinkEntry("https://elsewhere.example/x/", "Elsewhere", false)),
        view.links());
    assertEquals(List.of(), view.copies());
  }

  @Test
  void urlsAreNormalisedBeforeTheLookup() throws IOException {
    assertEquals(P1, ArticleLookup.find(index.searcher, "HTTP://ONE.example/printer-offline").orElseThrow().url());
    assertEquals(P1, ArticleLookup.find(index.searcher, "one.example/printer-offline/#top").orElseThrow().url());
    assertTrue(ArticleLookup.find(index.searcher, "https://nowhere.example/").isEmpty());
    assertTrue(ArticleLookup.find(index.searcher, "").isEmpty());
    assertTrue(ArticleLookup.find(index.searcher, "javascript:alert(1)").isEmpty());
  }
}
