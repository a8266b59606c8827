package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Collapsing and paging invariants over a random corpus of many clusters in several segments. */
class CollapseInvariantsTest {
  private static final String[] WORDS = {"printer", "driver", "offline", "bluetooth", "screen", "update", "error", "fix"};
  private static TestIndex index;
  private static final ArticleSearch search = new ArticleSearch();

  @BeforeAll
  static void build() throws IOException {
    Random random = new Random(42);
    List<TestIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int cluster = (int) Math.floor(Math.pow(random.nextDouble(), 2) * 40); // a few big clusters, many small
      StringBuilder body = new StringBuilder("cluster").append(cluster);
      for (int w = 0; w < 6; w++) {
        body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      TestIndex.A a = new TestIndex.A("https://s" + (i % 3) + ".example/a" + i + "/")
          .title("Article " + i + " " + WORDS[random.nextInt(WORDS.length)])
          .body(body.toString()).tags("t" + random.nextInt(4)).category("c" + random.nextInt(3), "d" + random.nextInt(2))
          .cluster("k" + cluster);
      if (random.nextInt(10) > 0) {
        a.date(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000)).toString());
      }
      entries.add(a.entry());
    }
    index = new TestIndex(entries, 70);
    assertTrue(index.segments() >= 4);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "printer", "printer driver", "offline OR screen", "fix -error", "tag:t1"})
  void segmentsSearchedInParallelGiveTheSameAnswers(String query) throws IOException {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      ArticleSearch parallel = new ArticleSearch(ArticleSearch.DEFAULT_BUDGET, threads);
      for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
        for (boolean collapse : new boolean[] {true, false}) {
          for (int offset : new int[] {0, 7, 35}) {
            SearchRequest request = SearchRequest.of(query).withSort(sort).withCollapse(collapse).withPage(7, offset)
                .withTags(offset == 35 ? List.of("t1", "t2") : List.of());
            SearchResult one = search.search(index.searcher, request);
            SearchResult many = parallel.search(index.searcher, request);
            assertEquals(one.total(), many.total(), request.toString());
            assertEquals(one.clusters(), many.clusters(), request.toString());
            assertEquals(one.hits().stream().map(h -> h.url() + " " + h.copies()).toList(),
                many.hits().stream().map(h -> h.url() + " " + h.copies()).toList(), request.toString());
            assertEquals(one.facets(), many.facets(), request.toString());
          }
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "printer", "printer driver", "offline OR screen", "fix -error", "tag:t1"})
  void searchesWithoutPerReaderTablesGiveTheSameAnswers(String query) throws IOException {
    ArticleSearch withoutTables = new ArticleSearch(ArticleSearch.DEFAULT_BUDGET, null, false);
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      for (boolean collapse : new boolean[] {true, false}) {
        for (int offset : new int[] {0, 7, 35}) {
          SearchRequest request = SearchRequest.of(query).withSort(sort).withCollapse(collapse).withPage(7, offset)
              .withTags(offset == 35 ? List.of("t1", "t2") : List.of()).withCategories(offset == 7 ? List.of("c1") : List.of());
          SearchResult tables = search.search(index.searcher, request);
          SearchResult docValues = withoutTables.search(index.searcher, request);
          assertEquals(tables.total(), docValues.total(), request.toString());
          assertEquals(tables.clusters(), docValues.clusters(), request.toString());
          assertEquals(tables.hits(), docValues.hits(), request.toString());
          assertEquals(tables.facets(), docValues.facets(), request.toString());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "printer", "printer driver", "offline OR screen", "fix -error", "tag:t1"})
  void pagesCoverEveryClusterOnceWithAllCopies(String query) throws IOException {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      SearchRequest request = SearchRequest.of(query).withSort(sort);
      SearchResult first = search.search(index.searcher, request.withPage(7, 0));
      Set<String> clusters = new HashSet<>();
      long copies = 0;
      int pages = 0;
      for (int offset = 0; offset < first.clusters() + 7; offset += 7) {
        SearchResult page = search.search(index.searcher, request.withPage(7, offset));
        assertEquals(first.total(), page.total());
        assertEquals(first.clusters(), page.clusters());
        Set<String> onPage = new HashSet<>();
        for (Hit hit : page.hits()) {
          assertTrue(onPage.add(hit.cluster()), "two hits of one page share a cluster");
          assertTrue(clusters.add(hit.cluster()), "a cluster on two pages");
          copies += hit.copies();
        }
        pages++;
      }
      assertTrue(pages > 1 || first.clusters() <= 7);
      assertEquals(first.clusters(), clusters.size(), query + " " + sort);
      assertEquals(first.total(), copies, query + " " + sort);

      SearchResult all = search.search(index.searcher, request.withCollapse(false).withPage(1000, 0));
      assertEquals(first.total(), all.total());
      assertEquals(first.total(), all.hits().size());
      assertEquals(first.clusters(), all.clusters());
      assertEquals(first.clusters(), all.hits().stream().map(Hit::cluster).distinct().count());
      all.hits().forEach(hit -> assertEquals(1, hit.copies()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "printer driver"})
  void theBestCopyLeadsItsCluster(String query) throws IOException {
    // phrase boosts on every match: the collapsed order is the full order with every later copy of a cluster removed
    Ranking d = Ranking.DEFAULT;
    ArticleSearch exact = new ArticleSearch(new Ranking(d.fieldBoosts(), d.tieBreaker(), d.allTermsUpTo(), d.mustMatchFraction(),
        d.bodyPhraseBoost(), d.bodyPhraseSlop(), d.titlePhraseBoost(), 10_000, 10_000, d.commonWordFraction()), ArticleSearch.DEFAULT_BUDGET, null);
    SearchResult all = exact.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(1000, 0));
    Map<String, String> bestCopy = new LinkedHashMap<>();
    for (Hit hit : all.hits()) {
      bestCopy.putIfAbsent(hit.cluster(), hit.url());
    }
    List<String> expected = List.copyOf(bestCopy.values());
    assertEquals(expected, exact.search(index.searcher, SearchRequest.of(query).withPage(1000, 0)).hits().stream().map(Hit::url).toList());
    // by default, the first clusters are still each led by its best copy
    List<Hit> collapsed = search.search(index.searcher, SearchRequest.of(query).withPage(1000, 0)).hits();
    assertEquals(expected.size(), collapsed.size());
    for (Hit hit : collapsed.subList(0, Math.min(collapsed.size(), d.contestedClusters()))) {
      assertEquals(bestCopy.get(hit.cluster()), hit.url(), hit.cluster());
    }
    for (SearchRequest.Sort sort : List.of(SearchRequest.Sort.NEWEST, SearchRequest.Sort.OLDEST)) {
      List<Hit> hits = search.search(index.searcher, SearchRequest.of(query).withSort(sort).withCollapse(false).withPage(1000, 0)).hits();
      for (int i = 1; i < hits.size(); i++) {
        Instant a = hits.get(i - 1).date();
        Instant b = hits.get(i).date();
        assertTrue(b == null || (a != null && (sort == SearchRequest.Sort.NEWEST ? !a.isBefore(b) : !a.isAfter(b))), sort + " order");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"printer", "offline OR screen", "fix -error"})
  void facetsCountEveryMatchAcrossSegments(String query) throws IOException {
    SearchResult all = search.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(1000, 0));
    Map<String, Long> tags = new java.util.TreeMap<>();
    Map<String, Long> sites = new java.util.TreeMap<>();
    for (Hit hit : all.hits()) {
      hit.tags().forEach(tag -> tags.merge(tag, 1L, Long::sum));
      sites.merge(hit.site(), 1L, Long::sum);
    }
    Map<String, Long> tagCounts = new java.util.TreeMap<>();
    all.facets().tags().forEach(v -> tagCounts.put(v.value(), v.count()));
    Map<String, Long> siteCounts = new java.util.TreeMap<>();
    all.facets().sites().forEach(v -> siteCounts.put(v.value(), v.count()));
    assertEquals(tags, tagCounts, query);
    assertEquals(sites, siteCounts, query);
    // a filtered facet is counted without its own filter (drill sideways)
    SearchResult filtered = search.search(index.searcher, SearchRequest.of(query).withTags(List.of("t1")));
    assertEquals(all.facets().tags(), filtered.facets().tags(), query);
  }
}
