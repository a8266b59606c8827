package io.alsoread.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes page furniture that themes put inside or next to an article body and that a reader does
 * not take for article text: heading anchor links, icon-font {@code <i>} elements, tables of
 * contents. Ad regions (see {@link AdRegions}), scripts, media and the "Also read" block are left
 * to {@link BodyExtractor}.
 */
final class PageChrome {
  private PageChrome() {}

  private static final Evaluator ANCHORS_AND_TOC =
      QueryParser.parse("a.headerlink, .post-toc-wrap, .post-toc, .toc, #toc, .table-of-contents");

  // Icon fonts (Font Awesome and the like) are empty <i class="fa-...">; italic text is kept.
  private static final Evaluator ICONS =
      QueryParser.parse("i[class^=fa], i[class*= fa], i[class^=icon], i[class*= icon]");

  /** Removes the furniture every layout shares from {@code content}. */
  static void removeCommon(Element content) {
    remove(content, ANCHORS_AND_TOC);
    for (Element icon : content.select(ICONS)) {
      if (!icon.hasText()) {
        icon.remove();
      }
    }
  }

  /** Removes every element under {@code content} that {@code evaluator} matches. */
  static void remove(Element content, Evaluator evaluator) {
    content.select(evaluator).remove();
  }
}
