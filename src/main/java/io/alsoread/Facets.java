package io.alsoread;

import io.alsoread.index.Fields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts for a search. A facet that the request filters on has drill-sideways counts: what
 * each value would give with that facet's own filter changed and every other filter kept. Each list
 * holds a facet's most frequent values (see {@link #distinct}).
 *
 * @param categories every level of the category tree, depth first: a parent precedes its children
 * @param distinct how many values each facet ({@code tag}, {@code category}, {@code site},
 *     {@code year}) has for the search, the lists holding the most frequent of them; for
 *     {@code category}, how many top-level categories
 */
public record Facets(List<FacetValue> tags, List<CategoryCount> categories, List<FacetValue> sites, List<FacetValue> years,
    Map<String, Integer> distinct) {
  public Facets {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    sites = List.copyOf(sites);
    years = List.copyOf(years);
    Map<String, Integer> sizes = new HashMap<>(distinct == null ? Map.of() : distinct);
    sizes.merge(Fields.FACET_TAG, tags.size(), Math::max);
    sizes.merge(Fields.FACET_CATEGORY, (int) categories.stream().filter(c -> c.path().size() == 1).count(), Math::max);
    sizes.merge(Fields.FACET_SITE, sites.size(), Math::max);
    sizes.merge(Fields.FACET_YEAR, years.size(), Math::max);
    distinct = Map.copyOf(sizes);
  }

  /** Facet counts whose lists hold every value counted. */
  public Facets(List<FacetValue> tags, List<CategoryCount> categories, List<FacetValue> sites, List<FacetValue> years) {
    this(tags, categories, sites, years, null);
  }

  /** No facet values, for a search that did not count them. */
  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of());

  /** How many values facet {@code dimension} has for the search (see {@link #distinct}); 0 for a dimension it has none of. */
  public int distinct(String dimension) {
    return distinct.getOrDefault(dimension, 0);
  }
}
