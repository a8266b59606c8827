package io.alsoread.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage as a snippet: matched terms wrapped in {@code <em>...</em>}, all other
 * text HTML-escaped ({@code & < >}, all that text content needs) with white space collapsed, cut to at most {@link #MAX_CHARS} characters of text
 * around the first match (at word boundaries, marked with an ellipsis).
 */
final class SnippetFormatter extends PassageFormatter {
  /** Longest snippet text, not counting markup. */
  static final int MAX_CHARS = 220;
  private static final String ELLIPSIS = "\u2026";

  @Override
  public String format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage passage = passages[0];
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    if (end - start > MAX_CHARS) {
      int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
      int from = Math.max(start, Math.min(firstMatch - MAX_CHARS / 4, end - MAX_CHARS));
      int to = Math.min(end, from + MAX_CHARS);
      start = from == passage.getStartOffset() ? from : wordStart(content, from, firstMatch);
      end = to == passage.getEndOffset() ? to : wordEnd(content, to, start);
    }
    StringBuilder out = new StringBuilder(MAX_CHARS + 64);
    if (start > passage.getStartOffset()) {
      out.append(ELLIPSIS);
    }
    int pos = start;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int matchStart = Math.max(passage.getMatchStarts()[i], pos);
      int matchEnd = Math.min(passage.getMatchEnds()[i], end);
      if (matchStart >= matchEnd) {
        continue; // outside the window, or inside a match already marked
      }
      appendText(out, content, pos, matchStart);
      out.append("<em>");
      appendText(out, content, matchStart, matchEnd);
      out.append("</em>");
      pos = matchEnd;
    }
    appendText(out, content, pos, end);
    if (end < passage.getEndOffset()) {
      out.append(ELLIPSIS);
    }
    return out.toString().strip();
  }

  /** {@code content[from, to)} HTML-escaped, runs of white space as one space. */
  static void appendText(StringBuilder out, String content, int from, int to) {
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space) {
        if (out.length() > 0) {
          out.append(' ');
        }
        space = false;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    if (space && out.length() > 0) {
      out.append(' ');
    }
  }

  /** The start of the word at or after {@code from}, not past {@code limit}. */
  private static int wordStart(String content, int from, int limit) {
    int i = from;
    while (i < limit && i > 0 && !Character.isWhitespace(content.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  /** The end of the last whole word before {@code to}, not before {@code limit}. */
  private static int wordEnd(String content, int to, int limit) {
    int i = to;
    while (i > limit && i < content.length() && !Character.isWhitespace(content.charAt(i))) {
      i--;
    }
    return i;
  }
}
