package io.alsoread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one article, as {@code show} prints it.
 *
 * @param copies URLs of the other articles of the same content cluster
 * @param links outgoing "Also read" links in order, each resolved or dangling
 * @param inbound inbound links
 * @param source path of the file the article was read from
 * @param extra front matter keys other than the known ones
 *     <p>Every list and map is read-only.
 */
public record ArticleView(
    String url,
    String title,
    String site,
    String description,
    String excerpt,
    List<String> keywords,
    List<String> tags,
    List<List<String>> categories,
    Instant date,
    Instant updated,
    String thumbnail,
    String body,
    String cluster,
    List<String> copies,
    List<LinkEntry> links,
    List<InboundLink> inbound,
    String source,
    Map<String, Object> extra) {

  public ArticleView {
    keywords = listOf(keywords);
    tags = listOf(tags);
    categories = categories == null ? List.of() : categories.stream().map(ArticleView::listOf).toList();
    copies = listOf(copies);
    links = listOf(links);
    inbound = listOf(inbound);
    extra = extra == null ? Map.of() : readOnlyMap(extra);
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** A read-only copy of a front matter map, down to its innermost values (which may be null). */
  private static Map<String, Object> readOnlyMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(String.valueOf(key), readOnly(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object readOnly(Object value) {
    if (value instanceof Map<?, ?> map) {
      return readOnlyMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(readOnly(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
