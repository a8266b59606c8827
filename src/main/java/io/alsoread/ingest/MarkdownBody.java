package io.alsoread.ingest;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

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
    return render(markdown, baseUrl, RenderCache.none());
  }

  /**
   * Renders the body in up to three stretches: a title heading on its first line, the rest of the
   * Markdown, and the lifted "Also read" HTML. The middle stretch, where the text is, is taken from
   * {@code cache} when a copy of the post was rendered lately. The stretches render as they would
   * together: a heading line is a block of its own that nothing before or after can change (a
   * heading that could be a link reference or raw HTML, or an "Also read" label, is not taken
   * apart), and HTML blocks are parsed on their own (see {@link MarkdownDom}).
   *
   * @param baseUrl absolute URL of the article, to resolve relative links against
   */
  public static Body render(String markdown, String baseUrl, RenderCache cache) {
    StringBuilder source = new StringBuilder(markdown.length());
    AdRegions.appendStripped(markdown, source);
    String alsoReadHtml = liftAlsoReadHtml(source);
    int restStart = titleLineEnd(source);
    String rest = source.substring(restStart);
    if (AdRegions.findMarker(rest, AdRegions.NEXT_ELEMENT, 0) >= 0) {
      return inOnePiece(source, alsoReadHtml, baseUrl); // its element may be the first of the lifted HTML
    }
    BodyPart title = restStart == 0 ? BodyPart.EMPTY : part(source.substring(0, restStart), "");
    BodyPart text = cache.get(rest);
    if (text == null) {
      text = part(rest, "");
      cache.put(rest, text);
    }
    BodyPart alsoRead = alsoReadHtml.isEmpty() ? BodyPart.EMPTY : part("", alsoReadHtml);
    return BodyPart.join(title, text, alsoRead).resolve(baseUrl);
  }

  /** The whole body rendered in one piece: what {@link #render} must equal, for tests. */
  static Body renderWhole(String markdown, String baseUrl) {
    StringBuilder source = new StringBuilder(markdown.length());
    AdRegions.appendStripped(markdown, source);
    String alsoReadHtml = liftAlsoReadHtml(source);
    return inOnePiece(source, alsoReadHtml, baseUrl);
  }

  private static Body inOnePiece(CharSequence source, String alsoReadHtml, String baseUrl) {
    return BodyExtractor.extract(MarkdownDom.build(PARSER.parse(source.toString()), alsoReadHtml, RENDERER), baseUrl);
  }

  private static BodyPart part(String markdown, String trailingHtml) {
    return BodyExtractor.part(MarkdownDom.build(PARSER.parse(markdown), trailingHtml, RENDERER));
  }

  /**
   * The end of the source's first line (after its line break) when that line, after any blank
   * lines, is an ATX heading without {@code [}, {@code <} or "also" in it, else 0.
   */
  static int titleLineEnd(CharSequence source) {
    int lineStart = 0;
    while (true) {
      int lineEnd = indexOf(source, '\n', lineStart);
      if (lineEnd < 0) {
        return 0; // a heading and nothing else: nothing to share
      }
      if (!isBlank(source, lineStart, lineEnd)) {
        return isPlainHeading(source, lineStart, lineEnd) ? lineEnd + 1 : 0;
      }
      lineStart = lineEnd + 1;
    }
  }

  private static boolean isPlainHeading(CharSequence source, int from, int to) {
    int i = from;
    while (i < to && i - from < 3 && source.charAt(i) == ' ') {
      i++;
    }
    int hashes = 0;
    while (i < to && source.charAt(i) == '#') {
      hashes++;
      i++;
    }
    if (hashes < 1 || hashes > 6 || (i < to && source.charAt(i) != ' ' && source.charAt(i) != '\t')) {
      return false;
    }
    for (int j = i; j < to; j++) {
      char c = source.charAt(j);
      if (c == '[' || c == '<' || ((c == 'a' || c == 'A') && regionMatchesIgnoreCase(source, j, "also"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionMatchesIgnoreCase(CharSequence source, int from, String word) {
    if (from + word.length() > source.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(source.charAt(from + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
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
