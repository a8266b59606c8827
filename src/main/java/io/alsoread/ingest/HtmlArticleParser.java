package io.alsoread.ingest;

/** Parses a rendered HTML page (as a web crawler saves it) into an article, or says why it is not one. */
public final class HtmlArticleParser {
  private HtmlArticleParser() {}

  public static ParseResult parse(SourceFile file, Source source, String html) {
    throw new UnsupportedOperationException("being written");
  }
}
