package io.alsoread;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an embedding program may rely on besides the answers: read-only records, clear refusals, and a clear closed state. */
class EmbedderContractTest {
  @TempDir static Path tmp;
  private static Path dir;

  @BeforeAll
  static void index() throws IOException {
    dir = tmp.resolve("index");
    try (AlsoRead index = AlsoRead.openOrCreate(dir)) {
      index.index(List.of(Path.of("corpus")), false, null); // no listener
    }
  }

  @Test
  void everyReturnedListIsReadOnly() throws IOException {
    try (AlsoRead index = AlsoRead.open(dir)) {
      String url = index.search(SearchRequest.of("printer offline")).hits().get(0).url();
      ArticleView article = index.article(url).orElseThrow();
      assertThrows(UnsupportedOperationException.class, () -> article.copies().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> article.links().clear());
      assertThrows(UnsupportedOperationException.class, () -> article.inbound().clear());
      assertThrows(UnsupportedOperationException.class, () -> article.categories().get(0).add("x"));
      IndexStats stats = index.stats();
      assertThrows(UnsupportedOperationException.class, () -> stats.topHosts().clear());
      assertThrows(UnsupportedOperationException.class, () -> stats.tags().clear());
    }
  }

  @Test
  void frontMatterExtrasAreReadOnlyDownToTheirValues() {
    List<Object> series = new ArrayList<>(Arrays.asList("a", null));
    ArticleView view = new ArticleView("u", "t", "s", null, null, null, null, null, null, null, null, "", null, null, null, null, null,
        Map.of("series", series, "nested", Map.of("k", List.of(1))));
    series.add("b");
    assertEquals(Arrays.asList("a", null), view.extra().get("series"), "a copy, holding nulls as the front matter did");
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) view.extra().get("series")).clear());
    assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) view.extra().get("nested")).clear());
  }

  @Test
  void badArgumentsAreRefusedClearly() throws IOException {
    IllegalArgumentException nullTag = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.of("x").withTags(Arrays.asList("a", null)));
    assertEquals("tags must not hold null", nullTag.getMessage());
    assertEquals(List.of(), SearchRequest.of("x").withTags(null).tags(), "a null list is no filter");
    try (AlsoRead index = AlsoRead.open(dir)) {
      IllegalArgumentException dimension = assertThrows(IllegalArgumentException.class, () -> index.facetValues("colour"));
      assertEquals("no facet 'colour': tag, category, site or year", dimension.getMessage());
      assertThrows(IllegalArgumentException.class, () -> index.facetValues(null));
      assertThrows(IllegalArgumentException.class, () -> index.index(null, false, null));
      IllegalArgumentException notUrl = assertThrows(IllegalArgumentException.class, () -> index.links("not a url"));
      assertEquals("not a URL: 'not a url'", notUrl.getMessage());
      assertEquals(notUrl.getMessage(), assertThrows(IllegalArgumentException.class, () -> AlsoRead.requireUrl("not a url")).getMessage(),
          "checked before an index is opened as links checks it");
      assertEquals("https://printfix.alsoread.test/a/", AlsoRead.requireUrl("HTTP://PrintFix.alsoread.test/a"));
      assertTrue(index.facetValues("site").size() >= 2);
    }
  }

  @Test
  void aFacetListsBeyondASearchsTopValuesAndSaysHowManyThereAre() throws IOException {
    try (AlsoRead index = AlsoRead.open(dir)) {
      FacetListing all = index.facet(SearchRequest.of(""), "tag", Integer.MAX_VALUE);
      assertEquals(index.facetValues("tag").size(), all.distinct());
      assertEquals(all.distinct(), all.values().size());
      assertTrue(all.distinct() > 30, "the sample corpus has more tags than a listing shows: " + all.distinct());
      Facets searched = index.search(SearchRequest.of("")).facets();
      assertEquals(10, searched.tags().size());
      assertEquals(all.distinct(), searched.distinct("tag"), "a search's facets say how many values there are");
      assertEquals(all.values().subList(0, 10), searched.tags());
      FacetListing first = index.facet(SearchRequest.of(""), "tag", 30);
      assertEquals(all.values().subList(0, 30), first.values());
      assertEquals(all.distinct(), first.distinct());

      SearchRequest printer = SearchRequest.of("printer");
      FacetListing matching = index.facet(printer, "tag", Integer.MAX_VALUE);
      assertTrue(matching.distinct() < all.distinct());
      assertEquals(index.search(printer).facets().tags(), matching.values().subList(0, 10));
      String tag = matching.values().get(0).value();
      assertEquals(matching, index.facet(printer.withTags(List.of(tag)), "tag", Integer.MAX_VALUE),
          "a filtered facet is listed with its own filter left out, as a search counts it");
      assertTrue(index.facet(printer.withTags(List.of(tag)), "site", Integer.MAX_VALUE).values().stream()
          .mapToLong(FacetValue::count).sum() <= index.search(printer.withTags(List.of(tag)).withCollapse(false)).total());
      assertTrue(index.facet(SearchRequest.of(""), "category", Integer.MAX_VALUE).values().stream().anyMatch(v -> v.value().contains("/")),
          "categories as full paths, every level");
      assertThrows(IllegalArgumentException.class, () -> index.facet(printer, "colour", 10));
      assertThrows(IllegalArgumentException.class, () -> index.facet(printer, "tag", -1));
    }
  }

  @Test
  void anUnusableIndexSaysWhyAndWhatToDoWithoutNamingACommand() throws IOException {
    Path none = tmp.resolve("none");
    IndexUnavailableException missing = assertThrows(IndexUnavailableException.class, () -> AlsoRead.open(none));
    assertEquals(IndexUnavailableException.Reason.NO_INDEX, missing.reason());
    assertEquals("no index in " + none + "; index a crawl first", missing.getMessage());
    assertEquals("no index in " + none, missing.problem());
    Path broken = java.nio.file.Files.createDirectories(tmp.resolve("broken"));
    java.nio.file.Files.writeString(broken.resolve("segments_1"), "not a commit");
    IndexUnavailableException unreadable = assertThrows(IndexUnavailableException.class, () -> AlsoRead.openForOneRequest(broken));
    assertEquals(IndexUnavailableException.Reason.UNREADABLE, unreadable.reason());
    assertTrue(unreadable.getMessage().startsWith("the index in " + broken + " is broken ("), unreadable.getMessage());
    assertTrue(unreadable.getMessage().endsWith("); rebuild it from its crawl"), unreadable.getMessage());
    assertEquals("the index was written by another version of alsoread; rebuild it from its crawl",
        IndexUnavailableException.olderVersion().getMessage());
    assertEquals(IndexUnavailableException.Reason.OTHER, new IndexUnavailableException("gone").reason());
  }

  @Test
  void aListenerSeesEachPhaseAndTheEndOfTheRun() throws IOException {
    List<IndexProgress> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    try (AlsoRead index = AlsoRead.openOrCreate(tmp.resolve("listened"))) {
      index.index(List.of(Path.of("corpus")), false, seen::add);
    }
    List<String> phases = seen.stream().map(IndexProgress::phase).distinct().toList();
    assertEquals(List.of("scan", "parse", "link", "write", "merge", "commit"), phases);
    IndexProgress last = seen.get(seen.size() - 1);
    assertEquals("commit", last.phase());
    assertEquals(last.total(), last.done(), "the run says when it is done");
  }

  @Test
  void aClosedIndexSaysSo() throws IOException {
    AlsoRead index = AlsoRead.open(dir);
    index.close();
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> index.search(SearchRequest.of("printer")));
    assertEquals("this index (" + dir + ") is closed", closed.getMessage());
    assertThrows(IllegalStateException.class, index::stats);
    assertThrows(IllegalStateException.class, () -> index.index(List.of(Path.of("corpus")), false, null));
    assertDoesNotThrow(index::close, "closing twice");
  }

  @Test
  void searchesThatAClosingOvertakesFailAsClosed(@TempDir Path home) throws Exception {
    // Two segments, so that a search hands work to the index's threads, which closing stops.
    Path twoSegments = home.resolve("index");
    try (AlsoRead index = AlsoRead.openOrCreate(twoSegments)) {
      index.index(List.of(Path.of("corpus")), false, null);
      Path more = java.nio.file.Files.createDirectories(home.resolve("more/extra.alsoread.test"));
      java.nio.file.Files.writeString(more.resolve("extra.md"), "---\ntitle: Printer extra\n---\nA printer offline fix, once more.\n");
      index.index(List.of(home.resolve("more")), false, null);
    }
    int overtaken = 0;
    for (int round = 0; round < 20; round++) {
      AlsoRead index = AlsoRead.open(twoSegments);
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        threads.add(Thread.ofPlatform().start(() -> {
          try {
            for (int i = 0; i < 10_000; i++) {
              index.search(SearchRequest.of(i % 2 == 0 ? "printer offline fix" : "printer").withCollapse(i % 3 != 0));
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        }));
      }
      Thread.sleep(20);
      index.close();
      for (Thread thread : threads) {
        thread.join();
      }
      for (Throwable failure : failures) {
        assertTrue(failure instanceof IllegalStateException, "round " + round + ": " + failure);
      }
      overtaken += failures.size();
    }
    assertTrue(overtaken > 0, "closing overtook no search: the test tests nothing");
  }
}
