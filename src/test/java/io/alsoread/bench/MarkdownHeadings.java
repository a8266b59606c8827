package io.alsoread.bench;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The section headings of a Markdown post body as a reader sees them, the form the eval set's
 * known-item queries take: inline markup rendered away ({@code 1\. [Sony Z9G](url) **Pro**} reads
 * {@code 1. Sony Z9G Pro}), white space inside kept as written, the ends stripped.
 */
final class MarkdownHeadings {
  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownHeadings() {}

  /** The ATX and setext headings of {@code markdown}, in order; empty ones left out. */
  static List<String> of(String markdown) {
    List<String> headings = new ArrayList<>();
    PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        StringBuilder text = new StringBuilder();
        appendText(heading, text);
        String stripped = text.toString().strip();
        if (!stripped.isEmpty()) {
          headings.add(stripped);
        }
      }
    });
    return headings;
  }

  /** Text, code and line breaks as text; raw HTML left out, as the body's rendering drops tags. */
  private static void appendText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      switch (child) {
        case Text text -> out.append(text.getLiteral());
        case Code code -> out.append(code.getLiteral());
        case SoftLineBreak soft -> out.append(' ');
        case HardLineBreak hard -> out.append(' ');
        // An image's alt text is not text a reader sees in the body.
        case Image image -> { }
        default -> appendText(child, out);
      }
    }
  }
}
