package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * The one rule for ad regions marked by HTML comments, on Markdown source and on a parsed DOM alike.
 *
 * <p>Two forms: everything from {@code <!-- affiliate ads begin -->} to the next
 * {@code <!-- affiliate ads end -->} (the two comments may sit at different nesting levels, as
 * Markdown HTML blocks and browsers' tree building leave them), and {@code <!-- add seo affiliate
 * products -->} followed by one element (a block of banner links). Comment text is compared
 * trimmed and case-insensitively. A begin marker with no end marker after it removes nothing: an
 * unclosed region is more likely a stray comment than an ad that runs to the end of the article.
 */
final class AdRegions {
  static final String BEGIN = "affiliate ads begin";
  static final String END = "affiliate ads end";
  static final String NEXT_ELEMENT = "add seo affiliate products";

  private static final String OPEN = "<!--";
  private static final String CLOSE = "-->";
  /** Stands in for a removed region in source text. */
  private static final String REGION_GAP = "\n\n";

  private AdRegions() {}

  /**
   * Appends {@code source} (HTML or Markdown) to {@code out} without its begin/end ad regions,
   * markers included. A region on lines of its own after a blank line goes with those lines and the
   * blank lines after it, so that a post reads the same with or without the ad (and its copies
   * elsewhere, with their ads in other places, render once: see {@link RenderCache}); any other
   * region leaves a blank line, which ends a paragraph as the comment did. Done on Markdown before
   * rendering, because Markdown's HTML-block rules can put the two markers (and the ad between
   * them) into different blocks.
   */
  static void appendStripped(String source, StringBuilder out) {
    int copied = 0;
    for (int begin = findMarker(source, BEGIN, 0); begin >= 0; begin = findMarker(source, BEGIN, copied)) {
      int end = findMarker(source, END, begin);
      if (end < 0) {
        break;
      }
      int after = source.indexOf(CLOSE, end) + CLOSE.length();
      int lineStart = lineStart(source, begin);
      int nextLine = nextLine(source, after);
      if (lineStart >= copied && SourceText.isBlankLine(source, lineStart, begin) && followsBlankLine(source, lineStart) && nextLine >= 0) {
        out.append(source, copied, lineStart);
        copied = skipBlankLines(source, nextLine);
      } else {
        out.append(source, copied, begin).append(REGION_GAP);
        copied = after;
      }
    }
    out.append(source, copied, source.length());
  }

  private static int lineStart(String source, int at) {
    return source.lastIndexOf('\n', at - 1) + 1;
  }

  /** The start of the line after {@code at} when only spaces and tabs follow {@code at} on its line (the text's end if last), else -1. */
  private static int nextLine(String source, int at) {
    int lineEnd = source.indexOf('\n', at);
    int end = lineEnd < 0 ? source.length() : lineEnd;
    if (!SourceText.isBlankLine(source, at, end)) {
      return -1;
    }
    return lineEnd < 0 ? source.length() : lineEnd + 1;
  }

  /** True at the text's start and after a blank line (spaces and tabs only). */
  private static boolean followsBlankLine(String source, int lineStart) {
    if (lineStart == 0) {
      return true;
    }
    int previousStart = lineStart(source, lineStart - 1);
    return SourceText.isBlankLine(source, previousStart, lineStart - 1);
  }

  private static int skipBlankLines(String source, int from) {
    int at = from;
    while (at < source.length()) {
      int next = nextLine(source, at);
      if (next < 0 || next == at) {
        break;
      }
      at = next;
    }
    return at;
  }

  /** Start of the next comment at or after {@code from} whose trimmed text is {@code marker}, or -1. */
  static int findMarker(String source, String marker, int from) {
    for (int open = source.indexOf(OPEN, from); open >= 0; open = source.indexOf(OPEN, open + 1)) {
      int close = source.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        return -1;
      }
      if (isMarker(source.substring(open + OPEN.length(), close), marker)) {
        return open;
      }
    }
    return -1;
  }

  private static boolean isMarker(String commentText, String marker) {
    return commentText.strip().equalsIgnoreCase(marker);
  }

  /** Removes both forms of ad region, markers included, from a parsed tree. */
  static void remove(Element root) {
    List<Comment> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment comment) {
            comments.add(comment);
          }
        },
        root);
    if (comments.isEmpty()) {
      return;
    }
    for (int i = 0; i < comments.size(); i++) {
      Comment comment = comments.get(i);
      if (comment.parent() == null) {
        continue; // inside a region already removed
      }
      if (isMarker(comment.getData(), NEXT_ELEMENT)) {
        Element next = comment.nextElementSibling();
        if (next != null) {
          next.remove();
        }
        comment.remove();
      } else if (isMarker(comment.getData(), BEGIN)) {
        int end = indexOfEnd(comments, i + 1);
        if (end >= 0) {
          removeBetween(comment, comments.get(end));
          i = end;
        }
      }
    }
  }

  private static int indexOfEnd(List<Comment> comments, int from) {
    for (int i = from; i < comments.size(); i++) {
      if (isMarker(comments.get(i).getData(), END)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Removes {@code begin}, {@code end} and every node between them in document order, whatever
   * their nesting: elements that hold only part of the region (an ancestor of either marker) stay,
   * with just the part inside the region removed.
   */
  private static void removeBetween(Node begin, Node end) {
    Set<Node> endAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n = end.parentNode(); n != null; n = n.parentNode()) {
      endAncestors.add(n);
    }
    // Climb from begin, removing following siblings, until reaching a subtree that holds end.
    Node container = null;
    for (Node n = begin; n != null && container == null; n = n.parentNode()) {
      if (endAncestors.contains(n)) {
        break;
      }
      Node sibling = n.nextSibling();
      while (sibling != null) {
        if (sibling == end || endAncestors.contains(sibling)) {
          container = sibling;
          break;
        }
        Node next = sibling.nextSibling();
        sibling.remove();
        sibling = next;
      }
    }
    // Descend into the subtree holding end, removing what precedes end at each level.
    while (container != null && container != end) {
      Node child = container.firstChild();
      while (child != null && child != end && !endAncestors.contains(child)) {
        Node next = child.nextSibling();
        child.remove();
        child = next;
      }
      container = child;
    }
    begin.remove();
    end.remove();
  }
}
