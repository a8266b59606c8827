package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a crawled page is an article. Hexo and most blog engines render many pages that
 * are not: the home page, tag, category and archive listings, their {@code /page/N/} pagination and
 * the 404 page. In order:
 *
 * <ol>
 *   <li>an http(s) URL whose path is the site root, has a {@code tags}, {@code tag},
 *       {@code categories}, {@code category}, {@code archives} or {@code archive} segment, or a
 *       {@code page/N} pair, is a listing;
 *   <li>a page at {@code /404} or {@code /404.html}, or titled "404", "Not Found", "Page Not Found"
 *       (and the like), is the not-found page, unless it declares itself an article;
 *   <li>an {@code og:type} other than {@code article} says the page is not one;
 *   <li>otherwise the page must show a sign of being an article: {@code og:type} article, an
 *       {@code article:published_time}, or an element that marks one article body (see
 *       {@link PageLayout#marksArticle()}).
 * </ol>
 */
final class PageClassifier {
  private PageClassifier() {}

  private static final Set<String> LISTING_DIRS =
      Set.of("tags", "tag", "categories", "category", "archives", "archive");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> NOT_FOUND_TITLES =
      Set.of(
          "404", "404 not found", "404 page not found", "page not found", "not found",
          "error 404", "404 error", "404 error page not found", "error 404 page not found");

  /**
   * Why the page is not an article, or null when it is one.
   *
   * @param url the page's normalised URL
   * @param title the page's title, without the site name
   */
  static String skipReason(String url, String title, PageMeta meta, PageLayout layout) {
    String ogType = meta.get("og:type").toLowerCase(Locale.ROOT);
    boolean declaresArticle =
        ogType.equals("article") || !meta.get("article:published_time").isEmpty();
    List<String> segments = pathSegments(url);
    // A publication time is a post's own: a listing never has one, whatever its og:type (a theme may
    // give every page "article"). So a post under a folder named like a listing ("archive/",
    // WordPress's numeric "archives/123") is still an article.
    boolean published = !meta.get("article:published_time").isEmpty();
    if (segments != null) {
      String listing = listingKind(segments);
      if (listing != null && !(published && !listing.equals("home"))) {
        return "listing page (" + listing + "), not an article: " + url;
      }
    }
    if (!declaresArticle && (isNotFoundPath(segments) || isNotFoundTitle(title))) {
      return "not-found (404) page, not an article: " + url;
    }
    if (!ogType.isEmpty() && !ogType.equals("article")) {
      return "og:type is '" + ogType + "', not an article: " + url;
    }
    if (!declaresArticle && !layout.marksArticle()) {
      return "no sign of an article (og:type article, article:published_time or an article"
          + " element): " + url;
    }
    return null;
  }

  private static String listingKind(List<String> segments) {
    if (segments.isEmpty()) {
      return "home";
    }
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i).toLowerCase(Locale.ROOT);
      if (LISTING_DIRS.contains(segment)) {
        return segment;
      }
      if (segment.equals("page")
          && i + 1 < segments.size()
          && NUMBER.matcher(segments.get(i + 1)).matches()) {
        return "pagination";
      }
    }
    return null;
  }

  private static boolean isNotFoundPath(List<String> segments) {
    if (segments == null || segments.isEmpty()) {
      return false;
    }
    String last = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
    return last.equals("404") || last.equals("404.html");
  }

  private static boolean isNotFoundTitle(String title) {
    String words = NOT_LETTERS.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return NOT_FOUND_TITLES.contains(words);
  }

  /** The path segments of an http(s) URL, or null for other URLs (file paths say nothing). */
  private static List<String> pathSegments(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    int start;
    if (lower.startsWith("https://")) {
      start = "https://".length();
    } else if (lower.startsWith("http://")) {
      start = "http://".length();
    } else {
      return null;
    }
    int slash = url.indexOf('/', start);
    if (slash < 0) {
      return List.of();
    }
    int end = url.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = url.indexOf(stop, slash);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    List<String> segments = new ArrayList<>();
    for (String segment : url.substring(slash, end).split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
