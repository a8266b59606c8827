package io.alsoread.ingest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown post split into its front matter fields (Hexo's) and the body after them.
 *
 * @param title null when absent or blank
 * @param date null when absent or unreadable
 * @param updated null when absent or unreadable
 * @param tags in order; a single string is one tag
 * @param categories Hexo category paths, parent first
 * @param keywords in order; a single string is split at commas
 * @param permalink the post's own permalink, absolute or relative to the site URL; null when absent
 * @param url an absolute URL the front matter gives the post; null when absent
 * @param other every other key, in file order, as parsed (strings, numbers, booleans, lists, maps)
 * @param body the Markdown after the front matter (the whole text when there is none)
 */
public record FrontMatter(
    String title,
    Instant date,
    Instant updated,
    List<String> tags,
    List<List<String>> categories,
    List<String> keywords,
    String description,
    String excerpt,
    String thumbnail,
    String permalink,
    String url,
    Map<String, Object> other,
    String body) {

  public FrontMatter {
    tags = List.copyOf(tags);
    categories = categories.stream().map(List::copyOf).toList();
    keywords = List.copyOf(keywords);
    other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    body = body == null ? "" : body;
  }

  /** A post without front matter. */
  public static FrontMatter none(String body) {
    return new FrontMatter(null, null, null, List.of(), List.of(), List.of(), null, null, null, null, null, Map.of(), body);
  }
}
