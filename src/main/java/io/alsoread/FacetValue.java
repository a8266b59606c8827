package io.alsoread;

/** A value of a flat facet (tag, site, year) and how many matching articles have it. */
public record FacetValue(String value, long count) {}
