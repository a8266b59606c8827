package io.alsoread.ingest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a rendered HTML page (as a web crawler saves it) into an article, or says why it is not one.
 *
 * <p>The page is parsed once. Its URL comes from {@link PageUrl} (canonical link, {@code og:url},
 * file path); {@link PageClassifier} skips pages that are not articles; metadata comes from the
 * head ({@code og:*}, {@code article:*}, {@code description}, {@code keywords}) and from the
 * theme's visible heading, tag and category links ({@link PageLayout}); the body element, with
 * theme furniture removed, goes to {@link BodyExtractor}, the one rule for ads and "Also read"
 * shared with Markdown posts.
 */
public final class HtmlArticleParser {
  private HtmlArticleParser() {}

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final String[] TITLE_SEPARATORS = {"-", "|", "–", "—", "·", "::", ":"};

  public static ParseResult parse(SourceFile file, Source source, String html) {
    Document doc = Jsoup.parse(html);
    PageMeta meta = PageMeta.read(doc);
    PageUrl address = PageUrl.of(meta, file);
    if (address == null) {
      return ParseResult.skipped("no usable URL: no canonical link or og:url, and none from the file path");
    }
    String url = address.url();
    doc.setBaseUri(url);
    String siteName = collapse(meta.get("og:site_name"));
    String pageTitle = withoutSiteName(collapse(meta.title()), siteName);
    PageLayout layout = PageLayout.of(doc);
    String skipReason = PageClassifier.skipReason(url, pageTitle, meta, layout);
    if (skipReason != null) {
      return ParseResult.skipped(skipReason);
    }

    String where = file.path().toString();
    List<Problem> warnings = new ArrayList<>();
    if (address.fromFile()) {
      warnings.add(Problem.warning(where, "no canonical link or og:url; URL taken from the file path: " + url));
    }
    // Read everything that lives in the body element before the extractor takes it apart.
    String heading = layout.heading();
    List<String> tags = meta.articleTags().isEmpty() ? layout.tags() : distinct(meta.articleTags());
    List<List<String>> categories = categories(layout, meta);
    String thumbnail = thumbnail(layout, meta, url);
    layout.removeChrome();
    Body body = BodyExtractor.extract(layout.content(), url);

    String title =
        firstNonBlank(
            withoutSiteName(collapse(heading), siteName),
            withoutSiteName(collapse(meta.get("og:title")), siteName),
            pageTitle,
            collapse(body.firstHeading()),
            slug(url));
    Instant date = instant(meta, warnings, where, "article:published_time", "itemprop:datePublished");
    Instant updated =
        instant(meta, warnings, where, "article:modified_time", "og:updated_time", "itemprop:dateModified");
    String author = collapse(meta.first("article:author", "author"));

    Article article =
        new Article(
            url,
            Urls.host(url),
            title,
            meta.first("description", "og:description"),
            "",
            keywords(meta.get("keywords")),
            tags,
            categories,
            date,
            updated,
            thumbnail,
            body.text(),
            body.alsoRead(),
            author.isEmpty() ? Map.of() : Map.of("author", author),
            source);
    return ParseResult.of(article, warnings);
  }

  private static List<List<String>> categories(PageLayout layout, PageMeta meta) {
    List<List<String>> shown = layout.categories();
    if (!shown.isEmpty()) {
      return shown;
    }
    String section = collapse(meta.get("article:section"));
    return section.isEmpty() ? List.of() : List.of(List.of(section));
  }

  private static String thumbnail(PageLayout layout, PageMeta meta, String url) {
    String cover = layout.cover();
    if (!cover.isEmpty()) {
      return absolute(cover, url);
    }
    return ArticleImages.firstArticleImage(meta.ogImages(), layout.content());
  }

  private static String absolute(String href, String base) {
    try {
      return URI.create(base).resolve(href.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  private static Instant instant(PageMeta meta, List<Problem> warnings, String where, String... keys) {
    for (String key : keys) {
      String value = meta.get(key);
      if (value.isEmpty()) {
        continue;
      }
      Instant instant = MetaInstants.parse(value);
      if (instant != null) {
        return instant;
      }
      warnings.add(Problem.warning(where, "unreadable " + key + " '" + value + "', ignored"));
    }
    return null;
  }

  private static List<String> keywords(String declared) {
    List<String> keywords = new ArrayList<>();
    for (String keyword : declared.split(",")) {
      String clean = collapse(keyword);
      if (!clean.isEmpty()) {
        keywords.add(clean);
      }
    }
    return distinct(keywords);
  }

  /** {@code title} without a trailing " - Site Name" (or "|", "–", ... separated) suffix. */
  static String withoutSiteName(String title, String siteName) {
    if (siteName.isEmpty() || title.length() <= siteName.length() || !title.endsWith(siteName)) {
      return title;
    }
    String rest = title.substring(0, title.length() - siteName.length()).stripTrailing();
    for (String separator : TITLE_SEPARATORS) {
      if (rest.endsWith(separator)) {
        String stripped = rest.substring(0, rest.length() - separator.length()).strip();
        return stripped.isEmpty() ? title : stripped;
      }
    }
    return title;
  }

  private static String collapse(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return "";
  }

  /** The last path segment of the URL, percent-decoded: the title of last resort. */
  private static String slug(String url) {
    String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    String segment = path.substring(path.lastIndexOf('/') + 1);
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }

  private static List<String> distinct(List<String> values) {
    Set<String> seen = new LinkedHashSet<>(values);
    return List.copyOf(seen);
  }
}
