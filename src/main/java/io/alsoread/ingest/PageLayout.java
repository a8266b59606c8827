package io.alsoread.ingest;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How a page's theme lays out an article: where the body element is, which visible heading, tag
 * and category links it shows, and which furniture around the body is not article text. Bound to
 * one parsed page.
 */
sealed interface PageLayout permits RedefineLayout, GenericLayout {

  /** The layout of {@code doc}: a known theme when its markers are there, else the generic one. */
  static PageLayout of(Document doc) {
    PageLayout theme = RedefineLayout.find(doc);
    return theme != null ? theme : GenericLayout.of(doc);
  }

  /** Whether the page has an element that marks one article body (a signal that it is an article). */
  boolean marksArticle();

  /** The article body element (never null: the generic layout falls back to {@code <body>}). */
  Element content();

  /** The visible article heading, or "". */
  String heading();

  /** Tag names the page shows for the article, in order, or an empty list. */
  List<String> tags();

  /** Category paths (parent first) the page shows, or an empty list. */
  List<List<String>> categories();

  /** The article's cover image URL as written in the page, or "". */
  String cover();

  /** Removes furniture from {@link #content()} that is not article text. */
  void removeChrome();
}
