package io.alsoread;

import java.time.Instant;
import java.util.List;

/**
 * Figures about an index, as {@code stats} prints them.
 *
 * @param links all outgoing links; resolved ones point at indexed articles, dangling ones do not
 * @param topHosts hosts most linked to, with link counts
 * @param lastCommit time of the last commit (null only for an index whose commit does not record it)
 */
public record IndexStats(
    long articles,
    long sites,
    long clusters,
    LinkCounts links,
    List<FacetValue> tags,
    List<CategoryCount> categories,
    List<FacetValue> topHosts,
    long indexBytes,
    Instant lastCommit) {

  public IndexStats {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    topHosts = List.copyOf(topHosts);
  }

  /** Link totals. */
  public record LinkCounts(long total, long resolved, long dangling) {}
}
