package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata an HTML page declares about itself: canonical link, {@code <title>}, Open Graph,
 * {@code article:*} and named {@code <meta>} tags, read in one pass over the page's meta elements.
 *
 * @param canonical href of {@code <link rel="canonical">}, or ""
 * @param title the {@code <title>} text, white space collapsed, or ""
 * @param values first content of each meta key: {@code property} and {@code name} lower-cased as
 *     written ({@code og:title}, {@code description}), {@code itemprop} as {@code itemprop:<name>}
 * @param articleTags every {@code article:tag} in page order
 * @param ogImages every {@code og:image} in page order
 */
record PageMeta(
    String canonical,
    String title,
    Map<String, String> values,
    List<String> articleTags,
    List<String> ogImages) {

  PageMeta {
    values = Map.copyOf(values);
    articleTags = List.copyOf(articleTags);
    ogImages = List.copyOf(ogImages);
  }

  static PageMeta read(Document doc) {
    Map<String, String> values = new HashMap<>();
    List<String> tags = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      String key = key(meta);
      if (key == null) {
        continue;
      }
      switch (key) {
        case "article:tag" -> tags.add(content);
        case "og:image" -> images.add(content);
        default -> values.putIfAbsent(key, content);
      }
    }
    return new PageMeta(canonical(doc), doc.title(), values, tags, images);
  }

  /** The first value declared for {@code key}, or "". */
  String get(String key) {
    return values.getOrDefault(key, "");
  }

  /** The first non-empty value among {@code keys}, or "". */
  String first(String... keys) {
    for (String key : keys) {
      String value = values.get(key);
      if (value != null) {
        return value;
      }
    }
    return "";
  }

  private static String key(Element meta) {
    if (meta.hasAttr("property")) {
      return meta.attr("property").strip().toLowerCase(Locale.ROOT);
    }
    if (meta.hasAttr("name")) {
      return meta.attr("name").strip().toLowerCase(Locale.ROOT);
    }
    if (meta.hasAttr("itemprop")) {
      return "itemprop:" + meta.attr("itemprop").strip();
    }
    return null;
  }

  private static String canonical(Document doc) {
    for (Element link : doc.getElementsByTag("link")) {
      for (String rel : link.attr("rel").split(" ")) {
        if (rel.equalsIgnoreCase("canonical")) {
          return link.attr("href").strip();
        }
      }
    }
    return "";
  }
}
