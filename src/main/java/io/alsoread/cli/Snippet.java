package io.alsoread.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A search snippet ready for a terminal: the plain text (entities decoded, white space collapsed) and
 * which characters are matches. The facade marks matches with {@code <em>…</em>} and escapes other
 * markup characters as HTML entities.
 */
record Snippet(String text, BitSet matches) {

  private static final String OPEN = "<em>";
  private static final String CLOSE = "</em>";

  static Snippet parse(String html) {
    if (html == null || html.isEmpty()) {
      return new Snippet("", new BitSet());
    }
    StringBuilder text = new StringBuilder(html.length());
    BitSet matches = new BitSet();
    boolean inMatch = false;
    int position = 0;
    while (position < html.length()) {
      int next = html.indexOf(inMatch ? CLOSE : OPEN, position);
      int end = next < 0 ? html.length() : next;
      appendCollapsed(text, matches, unescape(html, position, end), inMatch);
      if (next < 0) {
        break;
      }
      position = next + (inMatch ? CLOSE.length() : OPEN.length());
      inMatch = !inMatch;
    }
    int length = text.length();
    while (length > 0 && text.charAt(length - 1) == ' ') {
      length--;
    }
    text.setLength(length);
    return new Snippet(text.toString(), matches.get(0, length));
  }

  /**
   * Decodes the entities of {@code html[start, end)}. The facade escapes only markup characters, so the
   * XML entities and numeric references are enough; anything else stays as written. (An HTML parser
   * would do the same at the price of loading a few hundred classes into every one-shot search.)
   */
  static String unescape(String html, int start, int end) {
    int amp = html.indexOf('&', start);
    if (amp < 0 || amp >= end) {
      return html.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      char c = html.charAt(i);
      int semicolon = c == '&' ? html.indexOf(';', i) : -1;
      if (semicolon < 0 || semicolon >= end || semicolon - i > 10) {
        out.append(c);
        i++;
        continue;
      }
      int decoded = entity(html.substring(i + 1, semicolon));
      if (decoded < 0) {
        out.append(c);
        i++;
      } else {
        out.appendCodePoint(decoded);
        i = semicolon + 1;
      }
    }
    return out.toString();
  }

  /** The code point of an entity name without {@code &} and {@code ;}, or -1. */
  private static int entity(String name) {
    switch (name) {
      case "lt": return '<';
      case "gt": return '>';
      case "amp": return '&';
      case "quot": return '"';
      case "apos": return '\'';
      case "nbsp": return '\u00a0';
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return -1;
    }
    try {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      int codePoint = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(codePoint) ? codePoint : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void appendCollapsed(StringBuilder text, BitSet matches, String piece, boolean match) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (space && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
        continue;
      }
      if (match) {
        matches.set(text.length());
      }
      text.append(space ? ' ' : c);
    }
  }

  /** The snippet word-wrapped to {@code maxColumns}, matches styled. */
  List<String> lines(int maxColumns, Style style) {
    List<String> lines = new ArrayList<>();
    for (int[] range : Layout.lineRanges(text, maxColumns)) {
      lines.add(render(range[0], range[1], style));
    }
    return lines;
  }

  /** The whole snippet on one line, matches styled. */
  String render(Style style) {
    return render(0, text.length(), style);
  }

  private String render(int start, int end, Style style) {
    if (!style.enabled()) {
      return text.substring(start, end);
    }
    StringBuilder out = new StringBuilder();
    int i = start;
    while (i < end) {
      boolean match = matches.get(i);
      int runEnd = match ? matches.nextClearBit(i) : matches.nextSetBit(i);
      if (runEnd < 0 || runEnd > end) {
        runEnd = end;
      }
      String run = text.substring(i, runEnd);
      out.append(match ? style.match(run) : run);
      i = runEnd;
    }
    return out.toString();
  }
}
