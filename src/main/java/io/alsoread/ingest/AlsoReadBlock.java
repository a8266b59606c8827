package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the "Also read" blocks of an article, turns their lists into ordered links and takes them
 * out of the tree.
 *
 * <p>A block is a label followed by a list of links. The label is either the corpus's
 * {@code <span class="atpl-alsoreadstyle">Also read:</span>} (possibly wrapped in a {@code <p>}),
 * or a heading or paragraph whose whole text is "Also read" (any case, optional colon). The list
 * is the label's next element: a {@code <ul>}/{@code <ol>}, or a wrapper such as {@code <div>}
 * holding just the list. Each list item's first {@code a[href]} becomes a link; hrefs that are
 * empty or fragment-only are skipped, and so are those the caller cannot resolve to an http(s) or
 * file URL. A heading or paragraph label not followed by a list of links is ordinary text and
 * stays; the span label is never text and goes either way.
 */
final class AlsoReadBlock {
  static final String LABEL_CLASS = "atpl-alsoreadstyle";
  private static final String LABEL = "also read";
  /** Longest text a label element can have ("also read:" plus some white space). */
  private static final int MAX_LABEL_CHARS = 24;
  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private AlsoReadBlock() {}

  /**
   * Removes every "Also read" block under {@code root} and returns their links in order, each with
   * its href as written (not empty, not fragment-only): the caller resolves them against the
   * article's URL.
   */
  static List<Link> take(Element root) {
    List<Element> labels = findLabels(root);
    if (labels.isEmpty()) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    for (Element label : labels) {
      if (!isUnder(label, root)) {
        continue; // went with an earlier block (a span label inside a paragraph label)
      }
      boolean styledLabel = label.hasClass(LABEL_CLASS);
      Element block = outermostLabelBlock(label, root);
      Element listHolder = nextElement(block);
      Element list = listHolder == null ? null : unwrapList(listHolder);
      if (list == null || (!styledLabel && !hasLinkItem(list))) {
        if (styledLabel) {
          block.remove();
        }
        continue;
      }
      addLinks(list, links);
      block.remove();
      listHolder.remove();
    }
    return links;
  }

  /** Label candidates in document order: styled spans, and headings or paragraphs reading "Also read". */
  private static List<Element> findLabels(Element root) {
    List<Element> labels = new ArrayList<>(1);
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element element && isLabel(element)) {
            labels.add(element);
          }
        },
        root);
    return labels;
  }

  private static boolean isLabel(Element element) {
    if (element.hasClass(LABEL_CLASS)) {
      return true;
    }
    boolean textBlock = element.nameIs("p") || BodyExtractor.isHeading(element);
    return textBlock && startsWithLabel(element) && isLabelText(element.text());
  }

  /** Cheap pre-check: the element's first non-blank text starts with "also". */
  private static boolean startsWithLabel(Element element) {
    for (Node n = element.firstChild(); n != null; ) {
      if (n instanceof TextNode text) {
        String s = text.getWholeText().stripLeading();
        if (!s.isEmpty()) {
          return s.regionMatches(true, 0, LABEL, 0, 4);
        }
      }
      Node next = n.firstChild() != null ? n.firstChild() : n.nextSibling();
      while (next == null && n.parentNode() != element && n.parentNode() != null) {
        n = n.parentNode();
        next = n.nextSibling();
      }
      n = next;
    }
    return false;
  }

  /** True for "Also read" in any case, with an optional colon, however white space is spread. */
  static boolean isLabelText(String text) {
    if (text.length() > MAX_LABEL_CHARS) {
      return false;
    }
    StringBuilder words = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!words.isEmpty() && words.charAt(words.length() - 1) != ' ') {
          words.append(' ');
        }
      } else {
        words.append(Character.toLowerCase(c));
      }
    }
    String s = words.toString().strip();
    if (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s.equals(LABEL);
  }

  private static boolean isUnder(Node node, Element root) {
    for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  /** The label itself, or the ancestors that hold nothing but it (a {@code <p>} around the span). */
  private static Element outermostLabelBlock(Element label, Element root) {
    Element block = label;
    String labelText = label.text();
    while (block.parent() != null && block.parent() != root && block.parent().text().equals(labelText)) {
      block = block.parent();
    }
    return block;
  }

  /** The next sibling element if only white space separates it from {@code block}, else null. */
  private static Element nextElement(Element block) {
    for (Node n = block.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element element) {
        return element;
      }
      if (n instanceof TextNode text && !text.isBlank()) {
        return null;
      }
    }
    return null;
  }

  /** The list itself, or the single list inside wrappers that hold nothing else; null when none. */
  private static Element unwrapList(Element holder) {
    Element e = holder;
    while (!isList(e)) {
      if (e.childrenSize() != 1 || hasOwnText(e)) {
        return null;
      }
      e = e.child(0);
    }
    return e;
  }

  private static boolean isList(Element e) {
    return e.nameIs("ul") || e.nameIs("ol");
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode text : e.textNodes()) {
      if (!text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLinkItem(Element list) {
    for (Element item : list.children()) {
      if (item.nameIs("li") && item.selectFirst(LINK) != null) {
        return true;
      }
    }
    return false;
  }

  private static void addLinks(Element list, List<Link> links) {
    for (Element item : list.children()) {
      if (!item.nameIs("li")) {
        continue;
      }
      Element anchor = item.selectFirst(LINK);
      if (anchor == null) {
        continue;
      }
      String href = anchor.attr("href").strip();
      if (href.isEmpty() || href.startsWith("#")) {
        continue;
      }
      links.add(new Link(href, anchor.text()));
    }
  }
}
