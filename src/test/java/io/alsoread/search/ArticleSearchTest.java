package io.alsoread.search;

import static io.alsoread.search.SampleCorpus.B;
import static io.alsoread.search.SampleCorpus.G;
import static io.alsoread.search.SampleCorpus.P1;
import static io.alsoread.search.SampleCorpus.P2;
import static io.alsoread.search.SampleCorpus.P3;
import static io.alsoread.search.SampleCorpus.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.CategoryCount;
import io.alsoread.FacetValue;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facets, filters, collapsing, paging, sorting and hits over {@link SampleCorpus}. */
class ArticleSearchTest {
  private static TestIndex index;
  private static final ArticleSearch search = new ArticleSearch();

  @BeforeAll
  static void build() throws IOException {
    index = SampleCorpus.index();
    assertTrue(index.segments() > 1);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void onlyASearchOfSeveralSegmentsHandsWorkToOtherThreads() throws IOException {
    AtomicInteger handed = new AtomicInteger();
    Executor counting = task -> {
      handed.incrementAndGet();
      task.run();
    };
    ArticleSearch sharing = new ArticleSearch(ArticleSearch.DEFAULT_BUDGET, counting, false);
    SearchRequest request = SearchRequest.of("").withCollapse(false);
    try (TestIndex oneSegment = new TestIndex(SampleCorpus.entries())) {
      assertEquals(1, oneSegment.segments());
      assertEquals(urls(search.search(oneSegment.searcher, request)), urls(sharing.search(oneSegment.searcher, request)));
      assertEquals(0, handed.get(), "one segment: the calling thread alone");
    }
    SearchResult all = sharing.search(index.searcher, request);
    assertEquals(urls(run(request)), urls(all));
    int withHits = handed.getAndSet(0);
    sharing.search(index.searcher, request.withPage(1, 0));
    assertTrue(all.hits().size() >= 4 && handed.get() > 0 && withHits > handed.get(),
        "the segments, and half of a page of " + all.hits().size() + " hits: " + withHits + " against " + handed.get() + " for one hit");
  }

  private static SearchResult run(SearchRequest request) throws IOException {
    return search.search(index.searcher, request);
  }

  private static List<String> urls(SearchResult result) {
    return result.hits().stream().map(Hit::url).toList();
  }

  private static List<FacetValue> values(String... labelsAndCounts) {
    List<FacetValue> out = new java.util.ArrayList<>();
    for (int i = 0; i < labelsAndCounts.length; i += 2) {
      out.add(new FacetValue(labelsAndCounts[i], Long.parseLong(labelsAndCounts[i + 1])));
    }
    return out;
  }

  @Test
  void facetCountsForTheWholeIndex() throws IOException {
    SearchResult all = run(SearchRequest.of(""));
    assertEquals(6, all.total());
    assertEquals(4, all.clusters());
    assertEquals(values("Win10", "3", "Bluetooth", "1", "Café", "1", "GPU", "1", "Printer", "1", "Win11", "1"), all.facets().tags());
    assertEquals(values("one.example", "2", "three.example", "2", "two.example", "2"), all.facets().sites());
    assertEquals(values("2024", "3", "2022", "1", "2023", "1"), all.facets().years());
    assertEquals(
        List.of(
            new CategoryCount(List.of("Hardware"), 4),
            new CategoryCount(List.of("Hardware", "Tech"), 2),
            new CategoryCount(List.of("Hardware", "GPU"), 1),
            new CategoryCount(List.of("Drivers"), 1),
            new CategoryCount(List.of("Life"), 1),
            new CategoryCount(List.of("Network"), 1)),
        all.facets().categories());
  }

  @Test
  void facetCountsFollowTheQuery() throws IOException {
    SearchResult result = run(SearchRequest.of("driver"));
    assertEquals(Set.of(P1, P2, P3, G), Set.copyOf(urls(run(SearchRequest.of("driver").withCollapse(false)))));
    assertEquals(values("Win10", "3", "GPU", "1", "Printer", "1"), result.facets().tags());
    assertEquals(values("three.example", "2", "one.example", "1", "two.example", "1"), result.facets().sites());
    assertEquals(values("2024", "2", "2023", "1"), result.facets().years());
    assertEquals(new CategoryCount(List.of("Hardware"), 4), result.facets().categories().get(0));
  }

  @Test
  void aSearchWithoutFacetsFindsTheSameHitsAndCountsNothing() throws IOException {
    SearchResult with = run(SearchRequest.of("driver").withTags(List.of("win10")));
    SearchResult without = run(SearchRequest.of("driver").withTags(List.of("win10")).withFacets(false));
    assertEquals(urls(with), urls(without));
    assertEquals(with.total(), without.total());
    assertEquals(with.clusters(), without.clusters());
    assertEquals(io.alsoread.Facets.NONE, without.facets());
  }

  @Test
  void filtersAreAndAcrossFacetsAndOrWithinOne() throws IOException {
    assertEquals(Set.of(B, G), Set.copyOf(urls(run(SearchRequest.of("").withTags(List.of("win11", "GPU"))))));
    SearchResult both = run(SearchRequest.of("").withTags(List.of("win10")).withSites(List.of("Three.Example")));
    assertEquals(List.of(P3), urls(both));
    assertEquals(1, both.total());
    assertEquals(Set.of(P2, R), Set.copyOf(urls(run(SearchRequest.of("").withYears(List.of("2023", "2022"))))));
    assertEquals(List.of(P2), urls(run(SearchRequest.of("").withYears(List.of("2023")))));
  }

  @Test
  void filteredFacetsGetDrillSidewaysCounts() throws IOException {
    SearchResult result = run(SearchRequest.of("").withTags(List.of("Win10")).withSites(List.of("three.example")));
    // tag counts as if the tag filter were changed: the site filter alone leaves P3 and G
    assertEquals(values("GPU", "1", "Win10", "1"), result.facets().tags());
    // site counts with the tag filter alone: P1, P2, P3
    assertEquals(values("one.example", "1", "three.example", "1", "two.example", "1"), result.facets().sites());
    // unfiltered facets count the hits
    assertEquals(values("2024", "1"), result.facets().years());
    assertEquals(List.of(new CategoryCount(List.of("Hardware"), 1), new CategoryCount(List.of("Hardware", "Tech"), 1)),
        result.facets().categories());

    SearchResult bluetooth = run(SearchRequest.of("").withTags(List.of("Win11")));
    assertEquals(List.of(B), urls(bluetooth));
    assertEquals(values("Win10", "3", "Bluetooth", "1", "Café", "1", "GPU", "1", "Printer", "1", "Win11", "1"),
        bluetooth.facets().tags());
  }

  @Test
  void categoryFiltersDrillDownAHierarchy() throws IOException {
    SearchRequest all = SearchRequest.of("").withCollapse(false).withPage(100, 0);
    assertEquals(Set.of(P1, P2, P3, G), Set.copyOf(urls(run(all.withCategories(List.of("hardware"))))));
    assertEquals(Set.of(P1, P3), Set.copyOf(urls(run(all.withCategories(List.of("Hardware/Tech"))))));
    assertEquals(Set.of(P1, P3, R), Set.copyOf(urls(run(all.withCategories(List.of("hardware / tech", "life"))))));
    SearchResult tech = run(all.withCategories(List.of("hardware/tech")));
    // the category facet is filtered, so it counts sideways: the whole tree
    assertEquals(new CategoryCount(List.of("Hardware"), 4), tech.facets().categories().get(0));
    assertEquals(values("Win10", "2", "Printer", "1"), tech.facets().tags());
  }

  @Test
  void dateFiltersAreInclusiveDaysInUtc() throws IOException {
    SearchRequest all = SearchRequest.of("").withCollapse(false).withPage(100, 0);
    assertEquals(Set.of(P1, P3), Set.copyOf(urls(run(all.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))))));
    assertEquals(Set.of(P3, B), Set.copyOf(urls(run(all.withDates(LocalDate.of(2024, 5, 1), null)))));
    assertEquals(Set.of(P2, R), Set.copyOf(urls(run(all.withDates(null, LocalDate.of(2023, 12, 31))))));
    assertEquals(Set.of(P1), Set.copyOf(urls(run(all.withQuery("spooler").withDates(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5))))));
  }

  @Test
  void collapsingKeepsOneHitPerClusterWithItsCopies() throws IOException {
    SearchResult collapsed = run(SearchRequest.of("spooler"));
    assertEquals(3, collapsed.total());
    assertEquals(1, collapsed.clusters());
    assertEquals(1, collapsed.hits().size());
    assertEquals(3, collapsed.hits().get(0).copies());

    SearchResult all = run(SearchRequest.of("spooler").withCollapse(false));
    assertEquals(3, all.total());
    assertEquals(1, all.clusters());
    assertEquals(Set.of(P1, P2, P3), Set.copyOf(urls(all)));
    all.hits().forEach(hit -> assertEquals(1, hit.copies()));
  }

  @Test
  void sortsByDateWithUndatedLast() throws IOException {
    SearchRequest all = SearchRequest.of("").withPage(100, 0);
    assertEquals(List.of(B, P3, R, G), urls(run(all.withSort(SearchRequest.Sort.NEWEST))));
    assertEquals(List.of(R, P2, B, G), urls(run(all.withSort(SearchRequest.Sort.OLDEST))));
    assertEquals(List.of(B, P3, P1, P2, R, G), urls(run(all.withSort(SearchRequest.Sort.NEWEST).withCollapse(false))));
    assertEquals(List.of(R, P2, P1, P3, B, G), urls(run(all.withSort(SearchRequest.Sort.OLDEST).withCollapse(false))));
  }

  @Test
  void relevanceRanksTitleMatchesFirst() throws IOException {
    SearchResult result = run(SearchRequest.of("driver").withCollapse(false).withPage(10, 0));
    assertEquals(G, result.hits().get(0).url());
    for (int i = 1; i < result.hits().size(); i++) {
      assertTrue(result.hits().get(i - 1).score() >= result.hits().get(i).score());
    }
  }

  @Test
  void pagesOverClusters() throws IOException {
    SearchRequest newest = SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST);
    assertEquals(List.of(B, P3), urls(run(newest.withPage(2, 0))));
    assertEquals(List.of(R, G), urls(run(newest.withPage(2, 2))));
    assertEquals(List.of(), urls(run(newest.withPage(2, 4))));
    SearchResult none = run(newest.withPage(0, 0));
    assertEquals(List.of(), urls(none));
    assertEquals(6, none.total());
    assertEquals(4, none.clusters());
    assertEquals(List.of(), urls(run(newest.withPage(10, Integer.MAX_VALUE))));
  }

  @Test
  void hitsCarryTheirStoredFields() throws IOException {
    Hit hit = run(SearchRequest.of("url:\"" + P1 + "\"")).hits().get(0);
    assertEquals(P1, hit.url());
    assertEquals("Printer Offline Fix", hit.title());
    assertEquals("one.example", hit.site());
    assertEquals(Instant.parse("2024-03-05T10:00:00Z"), hit.date());
    assertEquals(List.of("Win10", "Printer"), hit.tags());
    assertEquals(List.of(List.of("Hardware", "Tech")), hit.categories());
    assertEquals("c1", hit.cluster());
    assertEquals(1, hit.copies());
    assertEquals(1, hit.inlinks());
    assertTrue(hit.score() > 0);
    assertNull(run(SearchRequest.of("nvidia")).hits().get(0).date());
  }

  @Test
  void snippetsMarkMatchesAndEscapeTheRest() throws IOException {
    String spooler = run(SearchRequest.of("spooler")).hits().get(0).snippet();
    assertTrue(spooler.contains("<em>spooler</em>") || spooler.contains("<em>Spooler</em>"), spooler);
    assertTrue(spooler.replaceAll("</?em>", "").length() <= SnippetFormatter.MAX_CHARS + 2, spooler);

    String cable = run(SearchRequest.of("cable")).hits().get(0).snippet();
    assertTrue(cable.contains("<em>cable</em> &amp; the &lt;network&gt;"), cable);

    String phrase = run(SearchRequest.of("\"restart the print spooler\"")).hits().get(0).snippet();
    assertTrue(phrase.contains("<em>"), phrase);

    // the body does not match: the title does
    assertEquals("<em>NVIDIA</em> driver crashes", run(SearchRequest.of("nvidia")).hits().get(0).snippet());
    // no words to mark: the start of the body
    String start = run(SearchRequest.of("tag:gpu")).hits().get(0).snippet();
    assertEquals("The display driver keeps crashing while gaming. Roll back the drivers.", start);
    String blank = run(SearchRequest.of("").withTags(List.of("Win10"))).hits().get(0).snippet();
    assertTrue(blank.startsWith("Fix a printer that shows offline. Step 1: Restart") && blank.endsWith("\u2026"), blank);
  }

  @Test
  void topValuesCoverTheWholeIndex() throws IOException {
    assertEquals(values("Win10", "3", "Bluetooth", "1"), search.topValues(index.searcher, "tag", 2));
    assertEquals(values("Hardware", "4", "Hardware/Tech", "2", "Drivers", "1", "Hardware/GPU", "1", "Life", "1", "Network", "1"),
        search.topValues(index.searcher, "category", 100));
    assertEquals(values("2024", "3", "2022", "1", "2023", "1"), search.topValues(index.searcher, "year", 10));
    assertEquals(List.of(), search.topValues(index.searcher, "nonsense", 10));
  }

  @Test
  void aSpentBudgetStopsTheSearch() {
    ArticleSearch impatient = new ArticleSearch(Duration.ZERO);
    BadQueryException e = assertThrows(BadQueryException.class, () -> impatient.search(index.searcher, SearchRequest.of("printer")));
    assertTrue(e.getMessage().startsWith("search stopped after"), e.getMessage());
  }

  @Test
  void aYearFilterIsFourDigits() throws IOException {
    IllegalArgumentException notAYear = assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("").withYears(List.of("last year")));
    assertEquals("'last year' is not a year (expected e.g. 2024)", notAYear.getMessage());
    assertEquals(List.of(P2), urls(run(SearchRequest.of("").withYears(List.of(" 2023 ")))), "white space around a year");
    assertEquals(run(SearchRequest.of("")).total(), run(SearchRequest.of("").withYears(List.of(""))).total(), "a blank year is no filter");
  }

  @Test
  void anEmptyIndexAnswersNothing() throws IOException {
    try (TestIndex empty = new TestIndex(List.of())) {
      SearchResult result = search.search(empty.searcher, SearchRequest.of("printer").withTags(List.of("x")));
      assertEquals(0, result.total());
      assertEquals(List.of(), result.hits());
      assertEquals(List.of(), search.topValues(empty.searcher, "tag", 10));
    }
  }

  @Test
  void readerDataIsBuiltOncePerReaderAndKeptForTheReaderBefore() throws IOException {
    ReaderCache cache = new ReaderCache(() -> false, true, null);
    ReaderCache.ReaderData first = cache.get(index.searcher.getIndexReader());
    assertTrue(first == cache.get(index.searcher.getIndexReader()));
    try (TestIndex second = new TestIndex(SampleCorpus.entries()); TestIndex third = new TestIndex(SampleCorpus.entries())) {
      ReaderCache.ReaderData next = cache.get(second.searcher.getIndexReader());
      assertTrue(next != first);
      assertEquals(4, next.clusters().valueCount());
      assertTrue(first == cache.get(index.searcher.getIndexReader()), "the reader before is kept");
      cache.get(third.searcher.getIndexReader());
      assertTrue(next == cache.get(second.searcher.getIndexReader()));
      assertTrue(first != cache.get(index.searcher.getIndexReader()), "two readers back is rebuilt");
    }
  }

  @Test
  void tablesAreReadInTheBackgroundWhileTheFirstSearchesCountFromDocValues() throws Exception {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    ReaderCache later = new ReaderCache(() -> false, true, queued::add);
    ReaderCache.ReaderData data = later.get(index.searcher.getIndexReader());
    assertEquals(1, queued.size(), "the tables are left to the executor");
    assertTrue(!data.tablesRead());
    assertTrue(later.get(index.searcher.getIndexReader()) == data);
    assertEquals(1, queued.size(), "once per reader");
    queued.get(0).run();
    assertTrue(data.tablesRead());

    ReaderCache now = new ReaderCache(() -> false, true, null);
    assertTrue(now.get(index.searcher.getIndexReader()).tablesRead(), "without an executor the first search reads them");
    ReaderCache never = new ReaderCache(() -> false, false, queued::add);
    assertTrue(!never.get(index.searcher.getIndexReader()).tablesRead());
    assertEquals(1, queued.size());
  }

  @Test
  void aReaderClosedBeforeItsTablesAreReadIsLeftAlone() throws IOException {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    ReaderCache cache = new ReaderCache(() -> false, true, queued::add);
    ReaderCache.ReaderData data;
    try (TestIndex closing = new TestIndex(SampleCorpus.entries())) {
      data = cache.get(closing.searcher.getIndexReader());
    }
    queued.get(0).run(); // throws nothing
    assertTrue(!data.tablesRead());
  }

  @Test
  void anIndexWithoutTheWordsFieldAsksForARebuild() throws IOException {
    try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
      try (org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.TextField(io.alsoread.index.Fields.BODY, "printer offline", org.apache.lucene.document.Field.Store.YES));
        writer.addDocument(doc); // as an older alsoread wrote them: no weighted words
      }
      try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        io.alsoread.IndexUnavailableException e = assertThrows(io.alsoread.IndexUnavailableException.class,
            () -> new ArticleSearch().search(new org.apache.lucene.search.IndexSearcher(reader), SearchRequest.of("printer")));
        assertEquals(io.alsoread.IndexUnavailableException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().endsWith("; rebuild it from its crawl"), e.getMessage());
      }
    }
  }
}
