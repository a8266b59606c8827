package io.alsoread.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.WCWidth;

/** Text layout for human output: display widths, word wrapping, truncation and number formats. */
final class Layout {

  static final String ELLIPSIS = "…";
  /** The most of a query that messages echo: a pasted paragraph would fill the screen twice. */
  static final int ECHO_COLUMNS = 60;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Layout() {}

  /** Columns a string takes on a terminal (wide East Asian characters take two). */
  static int width(CharSequence text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      columns += columns(codePoint);
      i += Character.charCount(codePoint);
    }
    return columns;
  }

  private static int columns(int codePoint) {
    if (codePoint < 0x300) {
      return codePoint < 0x20 || codePoint == 0x7f ? 0 : 1;
    }
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }

  /** {@code text} cut to at most {@code maxColumns}, ending with "…" when cut. */
  static String truncate(String text, int maxColumns) {
    if (width(text) <= maxColumns) {
      return text;
    }
    int budget = Math.max(0, maxColumns - 1);
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int w = columns(codePoint);
      if (used + w > budget) {
        break;
      }
      used += w;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Where to break {@code text} (single spaces, no line breaks: see {@link #collapseSpaces}) into lines
   * of at most {@code maxColumns}: pairs of start and end offsets, breaking at spaces and inside words
   * only when a word is longer than a line.
   */
  static List<int[]> lineRanges(String text, int maxColumns) {
    int limit = Math.max(1, maxColumns);
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start < length) {
      int used = 0;
      int lastSpace = -1;
      int i = start;
      while (i < length) {
        int codePoint = text.codePointAt(i);
        int w = columns(codePoint);
        if (used + w > limit) {
          break;
        }
        if (codePoint == ' ') {
          lastSpace = i;
        }
        used += w;
        i += Character.charCount(codePoint);
      }
      if (i >= length) {
        ranges.add(new int[] {start, length});
        break;
      }
      int end;
      int next;
      if (text.charAt(i) == ' ') {
        end = i;
        next = i + 1;
      } else if (lastSpace > start) {
        end = lastSpace;
        next = lastSpace + 1;
      } else {
        end = Math.max(i, start + Character.charCount(text.codePointAt(start)));
        next = end;
      }
      ranges.add(new int[] {start, end});
      start = next;
    }
    return ranges;
  }

  /** {@code text} word-wrapped to lines of at most {@code maxColumns}. */
  static List<String> wrap(String text, int maxColumns) {
    String collapsed = collapseSpaces(text);
    List<String> lines = new ArrayList<>();
    for (int[] range : lineRanges(collapsed, maxColumns)) {
      lines.add(collapsed.substring(range[0], range[1]));
    }
    return lines;
  }

  /** Runs of white space (line breaks included) as single spaces, trimmed. */
  static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} with its control characters shown as pictures (an escape as ␛, a C1 control as
   * �), so that echoing what a user typed cannot send the terminal a command.
   */
  static String printable(String text) {
    return pictured(text, false, false);
  }

  /** What the user typed, shown back in a message: {@link #printable}, and cut after {@value #ECHO_COLUMNS} columns. */
  static String echo(String typed) {
    return truncate(printable(typed), ECHO_COLUMNS);
  }

  /**
   * A line of human output made safe for a terminal: as {@link #printable}, but tabs and line breaks
   * pass, and so do the escape sequences of {@link Style} when {@code style} is on. Titles, snippets,
   * tags and file names come from crawled web pages: printed as they are, an escape in a title could
   * retitle or clear the user's terminal. With colour off, no escape at all reaches it (a pipe, a
   * file, {@code NO_COLOR}); with colour on, a crawled copy of one of alsoread's own colour codes is
   * shown as that colour, and nothing more.
   */
  static String terminalSafe(String line, Style style) {
    return pictured(line, true, style.enabled());
  }

  private static String pictured(String text, boolean keepLayout, boolean keepStyle) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int own = keepStyle && c == '\u001b' ? Style.codeLengthAt(text, i) : 0;
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (own > 0) {
        if (out != null) {
          out.append(text, i, i + own);
        }
        i += own - 1;
      } else if (control && !(keepLayout && (c == '\t' || c == '\n'))) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(c == 0x7f ? '\u2421' : c > 0x7f ? '\ufffd' : (char) ('\u2400' + c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** A count with thousands separators: 47,722. */
  static String count(long n) {
    // By hand, not String.format: the first use of java.util.Formatter costs a one-shot command 7 ms.
    String digits = Long.toString(n);
    int start = n < 0 ? 1 : 0;
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
    grouped.append(digits, 0, start);
    for (int i = start; i < digits.length(); i++) {
      if (i > start && (digits.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(digits.charAt(i));
    }
    return grouped.toString();
  }

  /** The list number {@code n}, right-aligned in {@code width} columns, then ". ": " 7. ". */
  static String listNumber(int n, int width) {
    String digits = Integer.toString(n);
    return " ".repeat(Math.max(0, width - digits.length())) + digits + ". ";
  }

  /** "1 copy", "3 copies", "2 links". */
  static String counted(long n, String singular, String plural) {
    return count(n) + " " + (n == 1 ? singular : plural);
  }

  static String day(Instant instant) {
    return instant == null ? "undated" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString(); // ISO: 2024-07-25
  }

  static String minute(Instant instant) {
    return instant == null ? "never" : MINUTE.format(instant);
  }

  /** A byte size as B, KB, MB or GB (powers of 1024). */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = n;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  }

  /** A duration as "850 ms", "3.2 s", "2 min 05 s". */
  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = millis / 1000;
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  /** {@code count} copies of a string. */
  static String repeat(String s, int count) {
    return count <= 0 ? "" : s.repeat(count);
  }
}
