package io.alsoread.ingest;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Element;

/**
 * Renders a Markdown body (with inline HTML) and extracts its readable text and "Also read" links.
 *
 * <p>Two kinds of raw HTML that the site generator adds to posts are handled before rendering,
 * because broken Markdown around them must not change what they are: ad regions are cut out
 * ({@link AdRegions#appendStripped}), and each "Also read" HTML block (a line starting with the styled
 * label span, up to the next blank line) is lifted out of the Markdown and appended, as HTML, to
 * the rendered body, where {@link BodyExtractor} takes it as usual. Without that, a post with an
 * unclosed code fence earlier on loses its links to a code block.
 */
public final class MarkdownBody {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  // Both are thread-safe (commonmark-java README, "Thread-safety"): built once, shared by all threads.
  // The renderer only serves blocks holding raw inline HTML; see MarkdownDom.
  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).inlineParserFactory(PlainLineInlineParser.factory()).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final String ALSO_READ_HTML = "<span class=\"" + AlsoReadBlock.LABEL_CLASS + "\"";

  private MarkdownBody() {}

  /** @param baseUrl absolute URL of the article, to resolve relative links against */
  public static Body render(String markdown, String baseUrl) {
    StringBuilder source = new StringBuilder(markdown.length());
    AdRegions.appendStripped(markdown, source);
    String alsoReadHtml = liftAlsoReadHtml(source);
    Element body = MarkdownDom.build(PARSER.parse(source.toString()), alsoReadHtml, RENDERER);
    return BodyExtractor.extract(body, baseUrl);
  }

  /**
   * Deletes the raw "Also read" HTML blocks from {@code source} and returns them. The block
   * usually ends the post, so deleting it in place moves next to nothing.
   */
  private static String liftAlsoReadHtml(StringBuilder source) {
    int start = nextBlockStart(source, 0);
    if (start < 0) {
      return "";
    }
    StringBuilder lifted = new StringBuilder();
    while (start >= 0) {
      int end = endOfHtmlBlock(source, start);
      lifted.append('\n').append(source, start, end);
      source.delete(start, end);
      start = nextBlockStart(source, start);
    }
    return lifted.toString();
  }

  /** Start of the next line at or after {@code from} that starts with the styled label, or -1. */
  private static int nextBlockStart(StringBuilder source, int from) {
    for (int i = source.indexOf(ALSO_READ_HTML, from); i >= 0; i = source.indexOf(ALSO_READ_HTML, i + 1)) {
      if (i == 0 || source.charAt(i - 1) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** End of the HTML block starting at {@code start}: the start of its next blank line, or the end. */
  private static int endOfHtmlBlock(StringBuilder source, int start) {
    int lineStart = source.indexOf("\n", start) + 1;
    while (lineStart > 0 && lineStart < source.length()) {
      int lineEnd = source.indexOf("\n", lineStart);
      if (lineEnd < 0) {
        lineEnd = source.length();
      }
      if (isBlank(source, lineStart, lineEnd)) {
        return lineStart;
      }
      lineStart = lineEnd + 1;
    }
    return source.length();
  }

  private static boolean isBlank(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
