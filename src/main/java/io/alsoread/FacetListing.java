package io.alsoread;

import java.util.List;

/**
 * The values of one facet for a search (see {@link AlsoRead#facet}), most frequent first.
 *
 * @param values the most frequent values with their article counts; categories as full paths
 *     ({@code hardware/printers}), every level
 * @param distinct how many values the facet has for the search, of which {@code values} holds the
 *     first (categories: how many paths, every level, where {@link Facets#distinct} counts the
 *     top-level categories its tree starts from)
 */
public record FacetListing(List<FacetValue> values, int distinct) {
  public FacetListing {
    values = List.copyOf(values);
    distinct = Math.max(distinct, values.size());
  }
}
