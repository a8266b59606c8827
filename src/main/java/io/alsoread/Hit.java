package io.alsoread;

import java.time.Instant;
import java.util.List;

/**
 * One search hit: an article (the best copy of its cluster when collapsing).
 *
 * @param date publication time, or null when undated
 * @param categories category paths, parent first
 * @param snippet best passage of the body (or the title), matched terms wrapped in
 *     {@code <em>...</em>}, other markup characters escaped as HTML entities
 * @param copies matching articles of this hit's cluster (1 when not collapsing)
 * @param inlinks number of distinct articles linking here
 */
public record Hit(
    String url,
    String title,
    String site,
    Instant date,
    List<String> tags,
    List<List<String>> categories,
    float score,
    String snippet,
    String cluster,
    int copies,
    int inlinks) {
  public Hit {
    tags = List.copyOf(tags);
    categories = categories.stream().map(List::copyOf).toList();
  }
}
