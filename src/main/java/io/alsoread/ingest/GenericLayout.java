package io.alsoread.ingest;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages of themes and sites alsoread has no rule for. Metadata comes from the head (canonical link,
 * {@code og:*}, {@code article:*}, {@code keywords}), read by {@link HtmlArticleParser}; this class
 * finds the body and the visible heading, tags and categories:
 *
 * <ul>
 *   <li>body: the {@code [itemprop=articleBody]} element; else the page's {@code <article>} (the one
 *       with the most paragraph text when there are several); else {@code <main>} or
 *       {@code [role=main]}; else the element whose direct {@code <p>} children hold the most text;
 *       else {@code <body>}. Only an {@code articleBody} or a single {@code <article>} counts as a
 *       sign that the page is an article.
 *   <li>not article text, removed from the body: {@code <nav>}, {@code <aside>}, {@code <footer>},
 *       {@code <form>}, navigation/complementary/contentinfo roles, a {@code <header>} that is not
 *       inside an {@code <article>} (the site header), heading anchor links, icon-font {@code <i>}
 *       elements and tables of contents.
 *   <li>heading: the first {@code <h1>} of the body, else the page's only {@code <h1>}.
 *   <li>tags: links with {@code rel="tag"}; categories: links with {@code rel="category"}, each a
 *       one-level path.
 * </ul>
 */
final class GenericLayout implements PageLayout {

  private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
  private static final Evaluator REL_LINKS = QueryParser.parse("a[rel]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Evaluator CHROME =
      QueryParser.parse(
          "nav, aside, footer, form, [role=navigation], [role=complementary], [role=contentinfo]");

  private final Document doc;
  private final Element content;
  private final boolean marksArticle;

  private GenericLayout(Document doc, Element content, boolean marksArticle) {
    this.doc = doc;
    this.content = content;
    this.marksArticle = marksArticle;
  }

  static GenericLayout of(Document doc) {
    Element articleBody = doc.selectFirst(ARTICLE_BODY);
    if (articleBody != null) {
      return new GenericLayout(doc, articleBody, true);
    }
    Elements articles = doc.getElementsByTag("article");
    if (articles.size() == 1) {
      return new GenericLayout(doc, articles.first(), true);
    }
    if (!articles.isEmpty()) {
      return new GenericLayout(doc, mostParagraphText(articles), false);
    }
    Element main = doc.selectFirst(MAIN);
    if (main != null) {
      return new GenericLayout(doc, main, false);
    }
    Element densest = densestParagraphParent(doc);
    return new GenericLayout(doc, densest != null ? densest : doc.body(), false);
  }

  @Override
  public boolean marksArticle() {
    return marksArticle;
  }

  @Override
  public Element content() {
    return content;
  }

  @Override
  public String heading() {
    Element heading = content.selectFirst("h1");
    if (heading != null) {
      return heading.text();
    }
    Elements headings = doc.getElementsByTag("h1");
    return headings.size() == 1 ? headings.first().text() : "";
  }

  @Override
  public List<String> tags() {
    return relLinkTexts("tag", "category");
  }

  @Override
  public List<List<String>> categories() {
    return relLinkTexts("category", null).stream().map(List::of).toList();
  }

  @Override
  public String cover() {
    return "";
  }

  @Override
  public void removeChrome() {
    PageChrome.remove(content, CHROME);
    for (Element header : content.getElementsByTag("header")) {
      if (header != content && header.closest("article") == null) {
        header.remove();
      }
    }
    PageChrome.removeCommon(content);
  }

  /** Texts of links whose rel has {@code wanted} and not {@code unwanted}, distinct, in order. */
  private List<String> relLinkTexts(String wanted, String unwanted) {
    Set<String> texts = new LinkedHashSet<>();
    for (Element link : doc.select(REL_LINKS)) {
      boolean hasWanted = false;
      boolean hasUnwanted = false;
      for (String rel : SPACES.split(link.attr("rel").toLowerCase(Locale.ROOT))) {
        hasWanted |= rel.equals(wanted);
        hasUnwanted |= rel.equals(unwanted);
      }
      String text = link.text().strip();
      if (hasWanted && !hasUnwanted && !text.isEmpty()) {
        texts.add(text);
      }
    }
    return List.copyOf(texts);
  }

  private static Element mostParagraphText(Elements candidates) {
    Element best = candidates.first();
    int bestLength = -1;
    for (Element candidate : candidates) {
      int length = 0;
      for (Element p : candidate.getElementsByTag("p")) {
        length += p.text().length();
      }
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  /** The element whose direct {@code <p>} children hold the most text, or null without paragraphs. */
  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> textByParent = new IdentityHashMap<>();
    Element best = null;
    int bestLength = 0;
    for (Element p : doc.body().getElementsByTag("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = textByParent.merge(parent, p.text().length(), Integer::sum);
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best;
  }
}
