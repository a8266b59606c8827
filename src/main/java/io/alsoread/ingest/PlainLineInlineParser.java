package io.alsoread.ingest;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark-java's inline parser, with a shortcut for blocks of plain lines: half the paragraphs
 * of a crawl hold no character with a meaning in inline Markdown, and the full parser's set-up and
 * scan per block were a sixth of the time spent parsing Markdown. A block qualifies when no line
 * holds one of {@code * _ \ ` & < [ ] !} (commonmark-java's special characters without extensions)
 * nor starts or ends with a space or tab; it becomes what the full parser makes of it, a text node
 * per line with soft line breaks between. Any other block, or one with source positions, goes to
 * the full parser.
 */
final class PlainLineInlineParser implements InlineParser {
  private final InlineParser full;

  private PlainLineInlineParser(InlineParser full) {
    this.full = full;
  }

  /** The factory to give {@code Parser.Builder.inlineParserFactory}; for parsers without inline extensions. */
  static InlineParserFactory factory() {
    return context -> new PlainLineInlineParser(new InlineParserImpl(context));
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    List<SourceLine> list = lines.getLines();
    if (!lines.getSourceSpans().isEmpty() || !allPlain(list)) {
      full.parse(lines, block);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        block.appendChild(new SoftLineBreak());
      }
      CharSequence content = list.get(i).getContent();
      if (content.length() > 0) {
        block.appendChild(new Text(content.toString()));
      }
    }
  }

  private static boolean allPlain(List<SourceLine> lines) {
    for (SourceLine line : lines) {
      if (!isPlain(line.getContent())) {
        return false;
      }
    }
    return true;
  }

  static boolean isPlain(CharSequence line) {
    int n = line.length();
    if (n == 0) {
      return true;
    }
    if (isSpaceOrTab(line.charAt(0)) || isSpaceOrTab(line.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      switch (line.charAt(i)) {
        case '*', '_', '\\', '`', '&', '<', '[', ']', '!', '\n', '\0' -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }
}
