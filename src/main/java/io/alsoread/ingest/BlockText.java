package io.alsoread.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element's text the way a reader sees its blocks: paragraphs, headings, lists, tables
 * and quotes separated by a blank line; list items, table rows, definition terms and {@code <br>}
 * on lines of their own; table cells separated by a space; white space inside a block collapsed
 * (no-break spaces included), except in {@code <pre>}, whose lines are kept. So headings stay
 * recognisable as lines and snippets do not run paragraphs together.
 */
final class BlockText implements NodeVisitor {
  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int BLANK_LINE = 2;

  private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre",
      "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "hr",
      "form", "fieldset", "details", "address", "center", "body");
  /** Punctuation that closes onto the word before it. */
  private static final String CLOSING_PUNCTUATION = ",.;:!?)";
  private static final Set<String> LINE_BLOCKS = Set.of(
      "li", "tr", "dt", "dd", "br", "figcaption", "caption", "summary", "legend", "option");

  private final StringBuilder out;
  private int pendingBreak = NONE;
  private boolean pendingSpace;
  /** Whether the pending space ends an earlier text node (not a table cell's start). */
  private boolean spaceEndsText;
  private int preDepth;

  private BlockText(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** The block-aware text of {@code root}, without leading or trailing white space. */
  static String of(Element root) {
    BlockText text = new BlockText(8192);
    NodeTraversor.traverse(text, root);
    return text.out.toString();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      appendText(text.getWholeText());
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      breakFor(tag);
      if (tag.equals("pre")) {
        preDepth++;
      } else if (tag.equals("td") || tag.equals("th")) {
        pendingSpace = true; // a cell after a row's line break gets no space: the break wins
        spaceEndsText = false;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element) {
      String tag = element.normalName();
      breakFor(tag);
      if (tag.equals("pre")) {
        preDepth--;
      }
    }
  }

  private void breakFor(String tag) {
    if (PARAGRAPH_BLOCKS.contains(tag)) {
      requestBreak(BLANK_LINE);
    } else if (LINE_BLOCKS.contains(tag)) {
      requestBreak(LINE);
    }
  }

  private void requestBreak(int kind) {
    pendingBreak = Math.max(pendingBreak, kind);
    pendingSpace = false;
  }

  private void appendText(String text) {
    if (preDepth > 0) {
      appendPreformatted(text);
      return;
    }
    int n = text.length();
    int i = 0;
    if (n > 0 && pendingSpace && spaceEndsText && pendingBreak == NONE && CLOSING_PUNCTUATION.indexOf(text.charAt(0)) >= 0) {
      // "Circle to Search <i class=icon></i></a>, to the": the space was the icon's; without it,
      // the comma is the word's, as the page shows it and as its Markdown source wrote it.
      pendingSpace = false;
    }
    while (i < n) {
      if (isSpace(text.charAt(i))) {
        pendingSpace = true;
        spaceEndsText = true;
        i++;
        continue;
      }
      int wordEnd = i + 1;
      while (wordEnd < n && !isSpace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      flushPending();
      out.append(text, i, wordEnd);
      i = wordEnd;
    }
  }

  private void appendPreformatted(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    flushPending();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\r') {
        out.append(c);
      }
    }
  }

  /** Writes the pending line break or space before the next visible character. */
  private void flushPending() {
    if (pendingBreak != NONE) {
      if (!out.isEmpty()) {
        out.append(pendingBreak == BLANK_LINE ? "\n\n" : "\n");
      }
      pendingBreak = NONE;
      pendingSpace = false;
    } else if (pendingSpace) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      pendingSpace = false;
    }
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
    // The Unicode space separators, spelled out: Character.isSpaceChar is slow on this hot path.
    return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }
}
