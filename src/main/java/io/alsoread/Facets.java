package io.alsoread;

import java.util.List;

/**
 * Facet counts for a search. A facet that the request filters on has drill-sideways counts: what
 * each value would give with that facet's own filter changed and every other filter kept.
 *
 * @param categories every level of the category tree, depth first: a parent precedes its children
 */
public record Facets(List<FacetValue> tags, List<CategoryCount> categories, List<FacetValue> sites, List<FacetValue> years) {
  public Facets {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    sites = List.copyOf(sites);
    years = List.copyOf(years);
  }

  /** No facet values, for a search that did not count them. */
  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of());
}
