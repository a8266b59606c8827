package io.alsoread.bench;

/**
 * A Hexo post's text split into its front matter and body, and the body's "Also read" list located,
 * by the plain markers this crawl uses ({@code ---} lines, the {@code atpl-alsoreadstyle} span and
 * the {@code <ul>} after it).
 *
 * @param alsoReadStart index in {@code body} where the list's {@code <ul>} starts, or -1
 * @param alsoReadEnd index just past its {@code </ul>}, or -1
 */
record PostText(String frontMatter, String body, int alsoReadStart, int alsoReadEnd) {
  static final String ALSO_READ = "<span class=\"atpl-alsoreadstyle\">";

  /** Splits {@code text} (LF or CRLF lines), or null when it has no {@code ---} front matter block. */
  static PostText split(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int open = lineAfterSeparator(content, 0);
    if (open < 0) {
      return null;
    }
    int close = content.indexOf("\n---", open - 1);
    int bodyStart = -1;
    while (close >= 0 && (bodyStart = lineAfterSeparator(content, close + 1)) < 0) {
      close = content.indexOf("\n---", close + 1);
    }
    if (close < 0) {
      return null;
    }
    String body = content.substring(bodyStart);
    int start = -1;
    int end = -1;
    int marker = body.indexOf(ALSO_READ);
    if (marker >= 0) {
      start = body.indexOf("<ul>", marker);
      int closeList = start < 0 ? -1 : body.indexOf("</ul>", start);
      end = closeList < 0 ? -1 : closeList + "</ul>".length();
      if (end < 0) {
        start = -1;
      }
    }
    return new PostText(content.substring(open, close + 1), body, start, end);
  }

  /** Where the line after a {@code ---} line starting at {@code at} begins, or -1 when no such line is there. */
  private static int lineAfterSeparator(String content, int at) {
    if (!content.startsWith("---", at)) {
      return -1;
    }
    int after = at + 3;
    if (content.startsWith("\n", after)) {
      return after + 1;
    }
    if (content.startsWith("\r\n", after)) {
      return after + 2;
    }
    return after == content.length() ? after : -1;
  }

  /** A hash of the body without the "Also read" list and the headings that open it (they repeat the title). */
  long bodyKey() {
    String text = alsoReadStart < 0 ? body : body.substring(0, alsoReadStart) + body.substring(alsoReadEnd);
    int from = 0;
    while (from < text.length()) {
      int lineEnd = text.indexOf('\n', from);
      String line = (lineEnd < 0 ? text.substring(from) : text.substring(from, lineEnd)).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        break;
      }
      from = lineEnd < 0 ? text.length() : lineEnd + 1;
    }
    String rest = text.substring(from);
    return rest.hashCode() * 1_000_003L + rest.length();
  }
}
