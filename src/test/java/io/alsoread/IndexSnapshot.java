package io.alsoread;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the public API shows of an index, in a form in which two indexes of the same files compare
 * equal however they were built: every article's stored fields and links, its content cluster as
 * the set of its members (a cluster's id is left out: the grouping is what must agree), the link
 * neighbourhood of URLs, the figures of {@code stats}, each facet's values (for completion), and
 * for each query its matches with their snippets, unknown words, clusters and facet counts. Scores,
 * the order of hits and which copy leads a collapsed cluster are left out: they follow Lucene's
 * term statistics, which count the deleted documents of an incremental index until merges drop
 * them, as Lucene's scores always do.
 */
record IndexSnapshot(
    Map<String, ArticleFacts> articles,
    Map<String, Neighbourhood> neighbourhoods,
    StatsFacts stats,
    Map<String, SearchFacts> searches,
    Map<String, List<String>> facetValues,
    List<String> indexedPaths) {

  /** One article: as {@code show} prints it (its cluster id left out), as a hit shows it, and its cluster's members. */
  record ArticleFacts(ArticleView view, HitFacts hit, Set<String> cluster) {}

  /** A hit of a search without collapsing, less its score, snippet and cluster id. */
  record HitFacts(String url, String title, String site, Instant date, List<String> tags, List<List<String>> categories, int copies,
      int inlinks) {
    static HitFacts of(Hit hit) {
      return new HitFacts(hit.url(), hit.title(), hit.site(), hit.date(), hit.tags(), hit.categories(), hit.copies(), hit.inlinks());
    }
  }

  /** The figures of {@code stats} that depend on the articles alone (not the index's size or commit time). */
  record StatsFacts(long articles, long sites, long clusters, IndexStats.LinkCounts links, List<FacetValue> tags,
      List<CategoryCount> categories, List<FacetValue> topHosts) {}

  /**
   * One query's answer.
   *
   * @param matches every match (not collapsed): its URL and snippet
   * @param collapsed each hit of the collapsed search, as its cluster's members, with its number of matching copies
   * @param facets each facet dimension's values and counts
   */
  record SearchFacts(long total, Map<String, String> matches, List<String> unknownWords, String suggestion, long collapsedTotal, long clusters,
      Map<Set<String>, Integer> collapsed, Map<String, Map<String, Long>> facets) {}

  private static final int ALL = 10_000;

  /**
   * The snapshot of {@code index}, asked {@code queries} and about the links of {@code probes}
   * (URLs, indexed or not; every indexed article is asked about too).
   */
  static IndexSnapshot of(AlsoRead index, List<String> queries, Collection<String> probes) throws IOException {
    SearchResult all = index.search(SearchRequest.of("").withCollapse(false).withPage(ALL, 0));
    Map<String, Set<String>> members = new HashMap<>();
    for (Hit hit : all.hits()) {
      members.computeIfAbsent(hit.cluster(), k -> new TreeSet<>()).add(hit.url());
    }
    Map<String, ArticleFacts> articles = new TreeMap<>();
    for (Hit hit : all.hits()) {
      ArticleView view = index.article(hit.url()).orElseThrow(() -> new AssertionError("a hit that show does not find: " + hit.url()));
      articles.put(hit.url(), new ArticleFacts(withoutCluster(view), HitFacts.of(hit), members.get(hit.cluster())));
    }
    Map<String, Neighbourhood> neighbourhoods = new TreeMap<>();
    Set<String> asked = new TreeSet<>(probes);
    asked.addAll(articles.keySet());
    for (String url : asked) {
      Neighbourhood links = index.links(url);
      neighbourhoods.put(links.url(), links);
    }
    Map<String, SearchFacts> searches = new TreeMap<>();
    for (String query : queries) {
      searches.put(query, search(index, SearchRequest.of(query), articles));
    }
    // Filters, for the drill-sideways counts of a filtered facet.
    searches.put("[tag printer, category hardware]",
        search(index, SearchRequest.of("").withTags(List.of("printer")).withCategories(List.of("hardware")), articles));
    searches.put("[site beta.example, tag wifi or video]",
        search(index, SearchRequest.of("").withSites(List.of("beta.example")).withTags(List.of("wifi", "video")), articles));
    IndexStats stats = index.stats();
    StatsFacts figures = new StatsFacts(stats.articles(), stats.sites(), stats.clusters(), stats.links(), stats.tags(), stats.categories(),
        stats.topHosts());
    Map<String, List<String>> values = new TreeMap<>();
    for (String dimension : AlsoRead.facetDimensions()) {
      values.put(dimension, index.facetValues(dimension));
    }
    List<String> paths = index.indexedPaths().stream().map(Object::toString).toList();
    return new IndexSnapshot(articles, neighbourhoods, figures, searches, values, paths);
  }

  private static SearchFacts search(AlsoRead index, SearchRequest request, Map<String, ArticleFacts> articles) throws IOException {
    SearchResult flat = index.search(request.withCollapse(false).withPage(ALL, 0));
    Map<String, String> matches = new TreeMap<>();
    flat.hits().forEach(hit -> matches.put(hit.url(), hit.snippet()));
    SearchResult collapsed = index.search(request.withCollapse(true).withPage(ALL, 0));
    Map<Set<String>, Integer> groups = new HashMap<>();
    for (Hit hit : collapsed.hits()) {
      ArticleFacts facts = articles.get(hit.url());
      groups.put(facts == null ? Set.of(hit.url()) : facts.cluster(), hit.copies());
    }
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    for (String dimension : AlsoRead.facetDimensions()) {
      Map<String, Long> counts = new TreeMap<>();
      index.facet(request, dimension, ALL).values().forEach(v -> counts.put(v.value(), v.count()));
      facets.put(dimension, counts);
    }
    return new SearchFacts(flat.total(), matches, flat.unknownWords(), flat.suggestion(), collapsed.total(), collapsed.clusters(), groups,
        facets);
  }

  private static ArticleView withoutCluster(ArticleView v) {
    return new ArticleView(v.url(), v.title(), v.site(), v.description(), v.excerpt(), v.keywords(), v.tags(), v.categories(), v.date(),
        v.updated(), v.thumbnail(), v.body(), null, v.copies(), v.links(), v.inbound(), v.source(), v.extra());
  }

  /** Where this snapshot differs from {@code expected}, one line each (at most {@code max}); empty when they agree. */
  List<String> differencesFrom(IndexSnapshot expected, int max) {
    List<String> out = new ArrayList<>();
    compare("", expected, this, out);
    return out.size() <= max ? out : out.subList(0, max);
  }

  /** Compares maps key by key and records component by component, so a difference names its place. */
  private static void compare(String where, Object expected, Object actual, List<String> out) {
    if (Objects.equals(expected, actual)) {
      return;
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      Set<Object> keys = new TreeSet<>((x, y) -> String.valueOf(x).compareTo(String.valueOf(y)));
      keys.addAll(e.keySet());
      keys.addAll(a.keySet());
      for (Object key : keys) {
        String at = where + "[" + key + "]";
        if (!e.containsKey(key)) {
          out.add(at + ": only in the incremental index: " + shorten(a.get(key)));
        } else if (!a.containsKey(key)) {
          out.add(at + ": only in the rebuild: " + shorten(e.get(key)));
        } else {
          compare(at, e.get(key), a.get(key), out);
        }
      }
      return;
    }
    if (expected instanceof Record && actual != null && expected.getClass() == actual.getClass()) {
      for (RecordComponent component : expected.getClass().getRecordComponents()) {
        try {
          compare(where + "." + component.getName(), component.getAccessor().invoke(expected), component.getAccessor().invoke(actual), out);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
      return;
    }
    if (expected instanceof Set<?> e && actual instanceof Set<?> a) {
      Set<Object> missing = new TreeSet<>((x, y) -> String.valueOf(x).compareTo(String.valueOf(y)));
      missing.addAll(e);
      missing.removeAll(a);
      Set<Object> extra = new TreeSet<>((x, y) -> String.valueOf(x).compareTo(String.valueOf(y)));
      extra.addAll(a);
      extra.removeAll(e);
      out.add(where + ": rebuild only " + shorten(missing) + ", incremental only " + shorten(extra));
      return;
    }
    out.add(where + ": rebuild " + shorten(expected) + ", incremental " + shorten(actual));
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
