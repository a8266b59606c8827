package io.alsoread.ingest;

import org.jsoup.nodes.Element;

/**
 * Extracts the reader-visible text and the "Also read" entries from an article's HTML (rendered
 * Markdown or a crawled page's article element). Shared by Markdown and HTML ingest so both follow
 * one rule for ads and the "Also read" block.
 */
public final class BodyExtractor {
  private BodyExtractor() {}

  /**
   * Removes ad blocks, {@code <ins>}, scripts, styles, media and tracking pixels, takes out the
   * "Also read" block as links, and returns the remaining text. Modifies {@code content}.
   *
   * @param baseUrl absolute URL of the article, to resolve relative links against
   */
  public static Body extract(Element content, String baseUrl) {
    throw new UnsupportedOperationException("being written");
  }
}
