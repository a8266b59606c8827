package io.alsoread.bench;

import io.alsoread.AlsoRead;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's query set, built from real data: the known-item headings and broad queries of the
 * eval sets, fielded queries ({@code title:}, {@code tag:}, {@code category:}, {@code site:},
 * {@code links_to:}, {@code anchor:}, date ranges) and facet drill-downs made from the index's own
 * facet values. Shuffled with a fixed seed so that the classes interleave the same way every run.
 */
final class QuerySet {
  /** How many of each generated fielded or drill-down form to make. */
  private static final int PER_FORM = 8;

  private QuerySet() {}

  static List<BenchQuery> build(AlsoRead index, List<KnownItem> knownItems, List<String> broad) throws IOException {
    if (broad.isEmpty()) {
      throw new IllegalArgumentException("the broad query set is empty");
    }
    List<BenchQuery> queries = new ArrayList<>();
    knownItems.forEach(item -> queries.add(new BenchQuery(BenchQuery.Kind.KNOWN_ITEM, SearchRequest.of(item.query()))));
    broad.forEach(query -> queries.add(new BenchQuery(BenchQuery.Kind.BROAD, SearchRequest.of(query))));
    Facets facets = new Facets(
        first(index.facetValues("tag"), PER_FORM + 1),
        first(index.facetValues("category"), PER_FORM),
        index.facetValues("site"),
        index.facetValues("year"));
    List<String> linkTargets = new ArrayList<>();
    knownItems.stream().limit(PER_FORM).forEach(item -> linkTargets.add(item.relevant().stream().sorted().findFirst().orElseThrow()));
    fielded(queries, broad, facets, linkTargets);
    drillDowns(queries, broad, facets);
    Collections.shuffle(queries, new Random(20241012L));
    return List.copyOf(queries);
  }

  private record Facets(List<String> tags, List<String> categories, List<String> sites, List<String> years) {}

  private static void fielded(List<BenchQuery> out, List<String> broad, Facets facets, List<String> linkTargets) {
    for (int i = 0; i < PER_FORM; i++) {
      String words = broad.get(i % broad.size());
      String other = broad.get((i + PER_FORM) % broad.size());
      fielded(out, "title:(" + words + ")");
      fielded(out, "anchor:(" + other + ")");
      fielded(out, words + " -title:(" + firstWord(other) + ")");
      if (i < facets.tags().size()) {
        fielded(out, "tag:" + phrase(facets.tags().get(i)));
        fielded(out, words + " AND tag:" + phrase(facets.tags().get(i)));
      }
      if (i < facets.categories().size()) {
        fielded(out, "category:" + phrase(facets.categories().get(i)));
      }
      if (!facets.sites().isEmpty()) {
        fielded(out, other + " site:" + phrase(facets.sites().get(i % facets.sites().size())));
      }
      if (i < linkTargets.size()) {
        fielded(out, "links_to:" + phrase(linkTargets.get(i)));
      }
      if (!facets.years().isEmpty()) {
        String year = facets.years().get(i % facets.years().size());
        fielded(out, "date:[" + year + "-01-01 TO " + year + "-06-30]");
        fielded(out, words + " AND date:[" + year + " TO " + year + "]");
      }
    }
  }

  private static void drillDowns(List<BenchQuery> out, List<String> broad, Facets facets) {
    for (int i = 0; i < PER_FORM; i++) {
      SearchRequest base = SearchRequest.of(broad.get((i * 3) % broad.size()));
      if (i < facets.tags().size()) {
        drillDown(out, base.withTags(List.of(facets.tags().get(i))));
        drillDown(out, base.withTags(List.of(facets.tags().get(i), facets.tags().get(i + 1))));
      }
      if (i < facets.categories().size()) {
        drillDown(out, base.withCategories(List.of(facets.categories().get(i))));
      }
      if (!facets.sites().isEmpty()) {
        String site = facets.sites().get(i % facets.sites().size());
        drillDown(out, base.withSites(List.of(site)));
        if (!facets.tags().isEmpty()) {
          drillDown(out, base.withSites(List.of(site)).withTags(List.of(facets.tags().get(i % facets.tags().size()))));
        }
      }
      if (!facets.years().isEmpty()) {
        String year = facets.years().get(i % facets.years().size());
        drillDown(out, base.withYears(List.of(year)).withSort(i % 2 == 0 ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.OLDEST));
        if (year.matches("\\d{4}")) {
          int y = Integer.parseInt(year);
          drillDown(out, base.withDates(LocalDate.of(y, 3, 1), LocalDate.of(y, 9, 30)));
        }
      }
      drillDown(out, SearchRequest.of("").withTags(facets.tags().isEmpty() ? List.of() : List.of(facets.tags().get(i % facets.tags().size()))));
    }
  }

  private static void fielded(List<BenchQuery> out, String query) {
    out.add(new BenchQuery(BenchQuery.Kind.FIELDED, SearchRequest.of(query)));
  }

  private static void drillDown(List<BenchQuery> out, SearchRequest request) {
    out.add(new BenchQuery(BenchQuery.Kind.DRILL_DOWN, request));
  }

  /** A quoted Lucene phrase of {@code value}, whatever characters it holds. */
  static String phrase(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String firstWord(String query) {
    String stripped = query.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }

  private static List<String> first(List<String> values, int count) {
    return values.subList(0, Math.min(count, values.size()));
  }
}
