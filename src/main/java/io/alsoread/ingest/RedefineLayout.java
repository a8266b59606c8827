package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages rendered by the Hexo theme "redefine" (2.x), as the techidaily.com network publishes them:
 * body in {@code div.article-content}, heading {@code h1.article-title-cover}, cover image in
 * {@code .article-title}, tags in {@code .article-tags} (again as {@code #tag} in
 * {@code .post-tags-box}) and categories in the {@code .article-categories} breadcrumb.
 *
 * <p>The breadcrumb lists every category object of the post (Hexo's {@code post.categories}, parents
 * included), separated by {@code <li>></li>}; the hierarchy is read from the hrefs:
 * {@code /categories/a/b/} is "b" under "a", so each link whose href is not the parent of another
 * link's href ends one path. When the hrefs do not nest that way, the names in order form one path.
 */
final class RedefineLayout implements PageLayout {

  private static final Evaluator CONTENT = QueryParser.parse("div.article-content");
  private static final Evaluator HEADING = QueryParser.parse("h1.article-title-cover, .article-title h1");
  private static final Evaluator COVER = QueryParser.parse(".article-title img");
  private static final Evaluator CATEGORY_LINKS = QueryParser.parse(".article-categories a");
  private static final Evaluator TAG_LINKS = QueryParser.parse(".article-tags a");
  private static final Evaluator TAG_BOX_LINKS = QueryParser.parse(".post-tags-box a");
  private static final Evaluator CHROME =
      QueryParser.parse(
          ".article-meta-info, .post-copyright-info, .article-copyright-info-container,"
              + " .article-nav, .post-tags-box, .toc-content-container");

  private final Document doc;
  private final Element content;

  private RedefineLayout(Document doc, Element content) {
    this.doc = doc;
    this.content = content;
  }

  /** The layout of {@code doc} when it has the theme's article body element, else null. */
  static RedefineLayout find(Document doc) {
    Element content = doc.selectFirst(CONTENT);
    return content == null ? null : new RedefineLayout(doc, content);
  }

  @Override
  public boolean marksArticle() {
    return true;
  }

  @Override
  public Element content() {
    return content;
  }

  @Override
  public String heading() {
    Element heading = doc.selectFirst(HEADING);
    return heading == null ? "" : heading.text();
  }

  @Override
  public List<String> tags() {
    List<String> tags = linkTexts(doc.select(TAG_LINKS));
    if (!tags.isEmpty()) {
      return tags;
    }
    // The tag box shows each tag as "#name".
    return linkTexts(doc.select(TAG_BOX_LINKS)).stream()
        .map(tag -> tag.startsWith("#") ? tag.substring(1).strip() : tag)
        .filter(tag -> !tag.isEmpty())
        .distinct()
        .toList();
  }

  @Override
  public List<List<String>> categories() {
    Elements links = doc.select(CATEGORY_LINKS);
    if (links.isEmpty()) {
      return List.of();
    }
    List<List<String>> nested = nestedByHref(links);
    return nested != null ? nested : List.of(linkTexts(links));
  }

  @Override
  public String cover() {
    Element img = doc.selectFirst(COVER);
    if (img == null) {
      return "";
    }
    return img.hasAttr("data-src") ? img.attr("data-src").strip() : img.attr("src").strip();
  }

  @Override
  public void removeChrome() {
    PageChrome.remove(content, CHROME);
    PageChrome.removeCommon(content);
  }

  /** Paths by href nesting, or null when some link has no usable href. */
  private static List<List<String>> nestedByHref(Elements links) {
    Map<String, String> nameByPath = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Element link : links) {
      String path = hrefPath(link.attr("href"));
      String name = cleanName(link.text());
      if (path.isEmpty() || name.isEmpty()) {
        return null;
      }
      if (nameByPath.putIfAbsent(path, name) == null) {
        order.add(path);
      }
    }
    Set<String> parents = new LinkedHashSet<>();
    for (String path : order) {
      String parent = parentPath(path);
      if (nameByPath.containsKey(parent)) {
        parents.add(parent);
      }
    }
    List<List<String>> paths = new ArrayList<>();
    for (String path : order) {
      if (!parents.contains(path)) {
        paths.add(namesDownTo(path, nameByPath));
      }
    }
    return paths;
  }

  private static List<String> namesDownTo(String path, Map<String, String> nameByPath) {
    List<String> names = new ArrayList<>();
    for (String at = path; nameByPath.containsKey(at); at = parentPath(at)) {
      names.add(0, nameByPath.get(at));
    }
    return names;
  }

  /** The path of an href without scheme, host, query, fragment or trailing slash; "" if none. */
  private static String hrefPath(String href) {
    String path = href.strip();
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash);
    }
    int end = path.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = path.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    path = path.substring(0, end);
    if (path.endsWith("/index.html")) {
      path = path.substring(0, path.length() - "index.html".length());
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  private static String parentPath(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : path.substring(0, slash);
  }

  private static List<String> linkTexts(Elements links) {
    Set<String> names = new LinkedHashSet<>();
    for (Element link : links) {
      String name = cleanName(link.text());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  // A non-breaking space may trail the name.
  private static String cleanName(String text) {
    return text.replace('\u00A0', ' ').strip();
  }
}
