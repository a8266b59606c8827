package io.alsoread.ingest;

/**
 * Where a post's front matter is, found by hexo-front-matter's split rule.
 *
 * <ul>
 *   <li>Prefixed form: the first line is 3 or more {@code -} (YAML) or {@code ;} (JSON); the block
 *       ends at the next line that is exactly the same separator (matching length). No such line:
 *       no front matter, the whole text is the body.
 *   <li>Newer form, no opening separator: the text before the first separator line is the data,
 *       when that line comes within {@link #MAX_UNPREFIXED} characters (front matter is never that
 *       long, and this keeps a big post with a horizontal rule far down cheap). Whether it is front
 *       matter at all is decided by its parser: only a mapping is.
 * </ul>
 *
 * Separator lines may end in CR (CRLF files) and trailing blanks, and blank lines before the
 * opening separator are skipped (Hexo reaches the same result through its newer form). Unlike Hexo,
 * an empty prefixed block ({@code ---} then {@code ---}) is an empty front matter rather than two
 * rules of body text.
 *
 * @param data the text between the separators, line ends as in the file
 * @param json true for {@code ;;;} separators
 * @param prefixed true for the prefixed form
 * @param firstLine the 1-based line number of the data's first line in the file
 * @param bodyStart index in the text where the body starts
 */
record FrontMatterBlock(String data, boolean json, boolean prefixed, int firstLine, int bodyStart) {

  /** How far the newer, unprefixed form looks for its closing separator. */
  static final int MAX_UNPREFIXED = 256 * 1024;

  /** The front matter block of {@code text} (without BOM), or null when it has none. */
  static FrontMatterBlock find(String text) {
    int skippedLines = 0;
    int open = 0;
    while (open < text.length() && SourceText.isBlankLine(text, open, lineEnd(text, open)) && lineEnd(text, open) < text.length()) {
      open = lineEnd(text, open) + 1;
      skippedLines++;
    }
    int firstEnd = lineEnd(text, open);
    int sepLength = separatorLength(text, open, firstEnd);
    if (sepLength > 0) {
      char sepChar = text.charAt(open);
      int lineStart = firstEnd + 1;
      while (lineStart <= text.length() && firstEnd < text.length()) {
        int end = lineEnd(text, lineStart);
        if (separatorLength(text, lineStart, end) == sepLength && text.charAt(lineStart) == sepChar) {
          String data = lineStart - 1 > firstEnd + 1 ? text.substring(firstEnd + 1, lineStart - 1) : "";
          return new FrontMatterBlock(data, sepChar == ';', true, skippedLines + 2, Math.min(end + 1, text.length()));
        }
        if (end >= text.length()) {
          break;
        }
        lineStart = end + 1;
      }
      return null;
    }
    int lineStart = 0;
    int limit = Math.min(text.length(), MAX_UNPREFIXED);
    while (lineStart < limit) {
      int end = lineEnd(text, lineStart);
      if (lineStart > 0 && separatorLength(text, lineStart, end) > 0) {
        String data = text.substring(0, lineStart - 1);
        if (data.isBlank()) {
          return null;
        }
        return new FrontMatterBlock(data, text.charAt(lineStart) == ';', false, 1, Math.min(end + 1, text.length()));
      }
      lineStart = end + 1;
    }
    return null;
  }

  /** Index of the '\n' ending the line that starts at {@code from}, or the text length. */
  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  /**
   * The length of the separator on line [start, end): 3 or more of one of '-' or ';', then only
   * blanks or a CR; 0 when the line is not a separator.
   */
  private static int separatorLength(String text, int start, int end) {
    if (start >= end) {
      return 0;
    }
    char c = text.charAt(start);
    if (c != '-' && c != ';') {
      return 0;
    }
    int i = start;
    while (i < end && text.charAt(i) == c) {
      i++;
    }
    int length = i - start;
    for (; i < end; i++) {
      char t = text.charAt(i);
      if (t != ' ' && t != '\t' && t != '\r') {
        return 0;
      }
    }
    return length >= 3 ? length : 0;
  }
}
