package io.alsoread;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching articles
 * @param clusters matching content clusters (equals total when not collapsing... it still counts clusters)
 * @param tookMillis time spent searching
 * @param hits the requested page
 * @param unknownWords words of a plain-text query that no article holds, as typed (trimmed of the
 *     punctuation around them): the search left them out when the query had other words
 * @param suggestion the query with each unknown word that is one typing slip from a word the index
 *     holds replaced by that word (the one the most articles hold), or null when there is none
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
