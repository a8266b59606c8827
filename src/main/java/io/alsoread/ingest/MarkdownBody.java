package io.alsoread.ingest;

/** Renders a Markdown body (with inline HTML) and extracts its readable text and "Also read" links. */
public final class MarkdownBody {
  private MarkdownBody() {}

  /** @param baseUrl absolute URL of the article, to resolve relative links against */
  public static Body render(String markdown, String baseUrl) {
    throw new UnsupportedOperationException("being written");
  }
}
