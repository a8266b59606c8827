package io.alsoread;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search with the same options as the {@code search} command. Build one with {@link #of(String)}
 * and the {@code with...} methods; instances are immutable.
 *
 * @param query Lucene classic query syntax; blank means all articles
 * @param tags tag filters (OR among them); a null list is none, as for every filter
 * @param categories category path filters like {@code hardware/tech} (OR among them; a parent matches its children)
 * @param sites site filters (OR)
 * @param years year filters (OR), each four digits or blank (see {@link #isYearFilter(String)})
 * @param from earliest publication date, inclusive, or null
 * @param to latest publication date, inclusive, or null
 * @param sort relevance (default), newest or oldest
 * @param limit hits per page
 * @param offset hits (clusters when collapsing) to skip
 * @param collapse one hit per content cluster (default true)
 * @param facets count the facets of the matches (default true); a search without them is faster
 */
public record SearchRequest(
    String query,
    List<String> tags,
    List<String> categories,
    List<String> sites,
    List<String> years,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int limit,
    int offset,
    boolean collapse,
    boolean facets) {

  /** Result order. */
  public enum Sort { RELEVANCE, NEWEST, OLDEST }

  public static final int DEFAULT_LIMIT = 10;

  public SearchRequest {
    query = query == null ? "" : query;
    tags = values(tags, "tags");
    categories = values(categories, "categories");
    sites = values(sites, "sites");
    years = values(years, "years");
    for (String year : years) {
      if (!isYearFilter(year)) {
        throw new IllegalArgumentException("'" + year + "' is not a year (expected e.g. 2024)");
      }
    }
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** A filter's values, read-only; null is none. */
  private static List<String> values(List<String> values, String name) {
    if (values == null) {
      return List.of();
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(name + " must not hold null");
    }
    return List.copyOf(values);
  }

  /** Whether {@code value} is a year filter: four digits, like 2024 (white space around them is allowed). */
  public static boolean isYear(String value) {
    String year = value == null ? "" : value.strip();
    return year.length() == 4 && year.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Whether {@code value} may be given as a year filter: a year (see {@link #isYear(String)}) or blank,
   * which filters nothing, as a blank value of any filter does.
   */
  public static boolean isYearFilter(String value) {
    return value != null && (value.isBlank() || isYear(value));
  }

  /** A relevance-ranked, collapsed first page of {@code query} with no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, DEFAULT_LIMIT, 0, true, true);
  }

  /** This request with another query (classic syntax; blank for all articles). */
  public SearchRequest withQuery(String q) {
    return new SearchRequest(q, tags, categories, sites, years, from, to, sort, limit, offset, collapse, facets);
  }

  /** This request keeping only articles with any of the tags {@code v} (empty: no tag filter). */
  public SearchRequest withTags(List<String> v) {
    return new SearchRequest(query, v, categories, sites, years, from, to, sort, limit, offset, collapse, facets);
  }

  /** This request keeping only articles in any of the category paths {@code v} or below them (empty: no filter). */
  public SearchRequest withCategories(List<String> v) {
    return new SearchRequest(query, tags, v, sites, years, from, to, sort, limit, offset, collapse, facets);
  }

  /** This request keeping only articles of any of the sites {@code v}, by host (empty: no filter). */
  public SearchRequest withSites(List<String> v) {
    return new SearchRequest(query, tags, categories, v, years, from, to, sort, limit, offset, collapse, facets);
  }

  /**
   * This request keeping only articles published in any of the years {@code v} (empty: no filter).
   *
   * @throws IllegalArgumentException when a value is not a year (see {@link #isYearFilter(String)})
   */
  public SearchRequest withYears(List<String> v) {
    return new SearchRequest(query, tags, categories, sites, v, from, to, sort, limit, offset, collapse, facets);
  }

  /** This request keeping only articles published from {@code newFrom} to {@code newTo}, UTC days, both inclusive; null is open. */
  public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchRequest(query, tags, categories, sites, years, newFrom, newTo, sort, limit, offset, collapse, facets);
  }

  /** This request in another order (null: relevance). */
  public SearchRequest withSort(Sort s) {
    return new SearchRequest(query, tags, categories, sites, years, from, to, s, limit, offset, collapse, facets);
  }

  /**
   * This request for another page: {@code newLimit} hits after skipping {@code newOffset} (clusters when collapsing).
   *
   * @throws IllegalArgumentException when either is negative
   */
  public SearchRequest withPage(int newLimit, int newOffset) {
    return new SearchRequest(query, tags, categories, sites, years, from, to, sort, newLimit, newOffset, collapse, facets);
  }

  /** This request with one hit per content cluster ({@code true}, the default) or every copy. */
  public SearchRequest withCollapse(boolean c) {
    return new SearchRequest(query, tags, categories, sites, years, from, to, sort, limit, offset, c, facets);
  }

  /** This request with or without facet counts; a search without them is faster. */
  public SearchRequest withFacets(boolean f) {
    return new SearchRequest(query, tags, categories, sites, years, from, to, sort, limit, offset, collapse, f);
  }
}
