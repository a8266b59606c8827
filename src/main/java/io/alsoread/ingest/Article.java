package io.alsoread.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed article: its identity (normalised URL), front matter, readable body text and ordered
 * "Also read" links. Everything the index stores about an article comes from here.
 *
 * @param url normalised URL, the article's id (see {@link Urls#normalize(String)})
 * @param site host name of the URL, lower case
 * @param title never empty: front matter, else first heading, else slug
 * @param categories Hexo category paths, parent first; several paths when the front matter lists lists
 * @param date publication time, or null when the front matter has no readable date (never "now")
 * @param body the text a reader sees, without ads, scripts or the "Also read" block
 * @param links the "Also read" entries in page order
 * @param extra front matter keys other than the known ones, as parsed (strings, numbers, lists, maps)
 */
public record Article(
    String url,
    String site,
    String title,
    String description,
    String excerpt,
    List<String> keywords,
    List<String> tags,
    List<List<String>> categories,
    Instant date,
    Instant updated,
    String thumbnail,
    String body,
    List<Link> links,
    Map<String, Object> extra,
    Source source) {

  public Article {
    Objects.requireNonNull(url, "url");
    site = site == null ? "" : site;
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    excerpt = excerpt == null ? "" : excerpt;
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
    tags = List.copyOf(tags == null ? List.of() : tags);
    categories = categories == null ? List.of() : categories.stream().map(List::copyOf).toList();
    thumbnail = thumbnail == null ? "" : thumbnail;
    body = body == null ? "" : body;
    links = List.copyOf(links == null ? List.of() : links);
    extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }
}
