package io.alsoread;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total matching articles
 * @param clusters matching content clusters (equals total when not collapsing... it still counts clusters)
 * @param tookMillis time spent searching
 * @param hits the requested page
 */
public record SearchResult(String query, long total, long clusters, long tookMillis, List<Hit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
