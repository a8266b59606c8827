package io.alsoread;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching articles
 * @param clusters matching content clusters (copies of one article count once), counted whether or
 *     not the search collapses
 * @param tookMillis time spent searching
 * @param hits the requested page
 * @param unknownWords words of a plain-text query that no article holds, as typed (trimmed of the
 *     punctuation around them): the search left them out when the query had other words
 * @param suggestion the query the user likely meant, or null when there is none: each unknown word
 *     that is one typing slip from a word the index holds replaced by that word, and each misspelt
 *     field name ({@code tittle:}, {@code tags:}) by the field
 */
public record SearchResult(String query, long total, long clusters, long tookMillis, List<Hit> hits, Facets facets,
    List<String> unknownWords, String suggestion) {
  public SearchResult {
    hits = List.copyOf(hits);
    unknownWords = unknownWords == null ? List.of() : List.copyOf(unknownWords);
  }

  /** A result whose query had no unknown words. */
  public SearchResult(String query, long total, long clusters, long tookMillis, List<Hit> hits, Facets facets) {
    this(query, total, clusters, tookMillis, hits, facets, List.of(), null);
  }
}
