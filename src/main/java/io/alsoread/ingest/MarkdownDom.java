package io.alsoread.ingest;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Builds a jsoup tree straight from a commonmark-java document: the elements commonmark-java's
 * {@link HtmlRenderer} would write, without writing and re-parsing the HTML (which costs more than
 * parsing the Markdown). Raw HTML still goes through jsoup's parser, in the context of the element
 * it lands in: HTML blocks on their own, and a paragraph, heading or table cell that holds inline
 * HTML as the renderer's output for that whole block (its tags may open in one inline and close in
 * another). Nodes of unknown extensions are rendered and parsed the same way.
 */
final class MarkdownDom extends AbstractVisitor {
  private final HtmlRenderer renderer;
  /** One HTML parser per document: each new one sets up its own tag table, which is not free. */
  private final Parser htmlParser = Parser.htmlParser();
  private Element parent;

  private MarkdownDom(HtmlRenderer renderer) {
    this.renderer = renderer;
    this.parent = element("body");
  }

  /**
   * A {@code <body>} element holding the elements of {@code document}, then those of
   * {@code trailingHtml}.
   *
   * @param renderer renders the blocks that hold raw inline HTML
   */
  static Element build(Node document, String trailingHtml, HtmlRenderer renderer) {
    MarkdownDom dom = new MarkdownDom(renderer);
    Element body = dom.parent;
    document.accept(dom);
    if (!trailingHtml.isEmpty()) {
      dom.appendHtml(trailingHtml);
    }
    return body;
  }

  @Override
  public void visit(Heading heading) {
    inlineBlock(heading, "h" + heading.getLevel());
  }

  @Override
  public void visit(Paragraph paragraph) {
    inlineBlock(paragraph, isInTightList(paragraph) ? null : "p");
  }

  @Override
  public void visit(BlockQuote blockQuote) {
    container(blockQuote, "blockquote");
  }

  @Override
  public void visit(BulletList list) {
    container(list, "ul");
  }

  @Override
  public void visit(OrderedList list) {
    container(list, "ol");
  }

  @Override
  public void visit(ListItem item) {
    container(item, "li");
  }

  @Override
  public void visit(FencedCodeBlock code) {
    codeBlock(code.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    codeBlock(code.getLiteral());
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    parent.appendChild(element("hr"));
  }

  @Override
  public void visit(HtmlBlock html) {
    appendHtml(html.getLiteral());
  }

  @Override
  public void visit(HtmlInline html) {
    appendHtml(html.getLiteral()); // only reached outside the blocks that take the rendered path
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // renders as nothing
  }

  @Override
  public void visit(Text text) {
    parent.appendChild(new TextNode(text.getLiteral()));
  }

  @Override
  public void visit(Code code) {
    parent.appendChild(element("code").appendChild(new TextNode(code.getLiteral())));
  }

  @Override
  public void visit(Emphasis emphasis) {
    container(emphasis, "em");
  }

  @Override
  public void visit(StrongEmphasis strong) {
    container(strong, "strong");
  }

  @Override
  public void visit(Link link) {
    Element anchor = element("a").attr("href", link.getDestination());
    if (link.getTitle() != null) {
      anchor.attr("title", link.getTitle());
    }
    into(link, anchor);
  }

  @Override
  public void visit(Image image) {
    parent.appendChild(element("img").attr("src", image.getDestination()).attr("alt", plainText(image)));
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    parent.appendChild(new TextNode("\n"));
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    parent.appendChild(element("br"));
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof TableBlock) {
      container(block, "table");
    } else {
      appendHtml(renderer.render(block));
    }
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof TableHead) {
      container(node, "thead");
    } else if (node instanceof TableBody) {
      container(node, "tbody");
    } else if (node instanceof TableRow) {
      container(node, "tr");
    } else if (node instanceof TableCell cell) {
      inlineBlock(cell, cell.isHeader() ? "th" : "td");
    } else {
      appendHtml(renderer.render(node));
    }
  }

  /** A block of inline content; {@code tag} null puts its content straight into the parent. */
  private void inlineBlock(Node block, String tag) {
    if (holdsInlineHtml(block)) {
      appendHtml(renderer.render(block));
    } else if (tag == null) {
      visitChildren(block);
    } else {
      container(block, tag);
    }
  }

  private void container(Node node, String tag) {
    into(node, element(tag));
  }

  /**
   * A new element whose tag comes from this document's parser: {@code new Element(name)} would
   * set up a fresh tag table for every element.
   */
  private Element element(String name) {
    return new Element(htmlParser.tagSet().valueOf(name, Parser.NamespaceHtml), "");
  }

  private void into(Node node, Element element) {
    parent.appendChild(element);
    Element outer = parent;
    parent = element;
    visitChildren(node);
    parent = outer;
  }

  private void codeBlock(String literal) {
    parent.appendChild(element("pre").appendChild(element("code").appendChild(new TextNode(literal))));
  }

  /** Parses {@code html} in the context of the current element and appends the result to it. */
  private void appendHtml(String html) {
    List<org.jsoup.nodes.Node> nodes = htmlParser.parseFragmentInput(html, parent, "");
    parent.appendChildren(nodes);
  }

  private static boolean holdsInlineHtml(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HtmlInline || holdsInlineHtml(child)) {
        return true;
      }
    }
    return false;
  }

  /** As commonmark-java's renderer decides: paragraphs of tight list items get no {@code <p>}. */
  private static boolean isInTightList(Paragraph paragraph) {
    Node item = paragraph.getParent();
    return item != null && item.getParent() instanceof ListBlock list && list.isTight();
  }

  private static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    appendPlainText(node, text);
    return text.toString();
  }

  private static void appendPlainText(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        text.append(t.getLiteral());
      } else if (child instanceof Code c) {
        text.append(c.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        text.append('\n');
      } else {
        appendPlainText(child, text);
      }
    }
  }
}
