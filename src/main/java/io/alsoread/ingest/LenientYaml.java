package io.alsoread.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads front matter that YAML rejects, line by line, so that the article is still indexed with
 * its fields: top-level {@code key: value} lines, {@code - item} lists under a key, one-line
 * {@code [a, b]} lists, {@code |} and {@code >} blocks, indented continuation lines and one level
 * of nested {@code key: value}. Quotes are stripped only when they enclose the whole value
 * (an unbalanced quote, the usual cause of the YAML error, is kept as written). JSON-style lines
 * ({@code "key": "value",}) read too, for broken {@code ;;;} front matter.
 */
final class LenientYaml {
  private static final Pattern JSON_LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|true|false|null");
  private static final Pattern BLOCK_INDICATOR = Pattern.compile("[|>][+-]?");

  private LenientYaml() {}

  static Map<String, Object> read(String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    String[] lines = YamlMaps.escapeTabs(text).split("\n", -1);
    String key = null;
    List<Object> list = null;
    for (int i = 0; i < lines.length; i++) {
      String line = stripCr(lines[i]);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("{") || trimmed.equals("}")) {
        continue;
      }
      int indent = indentOf(line);
      if (trimmed.equals("-") || trimmed.startsWith("- ")) {
        if (key == null) {
          continue;
        }
        if (list == null) {
          list = new ArrayList<>();
          out.put(key, list);
        }
        String item = trimmed.substring(1).strip();
        if (!item.isEmpty()) {
          list.add(value(item));
        }
        continue;
      }
      int colon = keyColon(trimmed);
      if (colon > 0 && indent == 0) {
        key = unquote(trimmed.substring(0, colon).strip());
        list = null;
        String raw = trimmed.substring(colon + 1).strip();
        if (raw.isEmpty()) {
          out.put(key, null);
        } else if (isBlockIndicator(raw)) {
          StringBuilder block = new StringBuilder();
          while (i + 1 < lines.length && (lines[i + 1].isBlank() || indentOf(lines[i + 1]) > 0)) {
            String part = stripCr(lines[++i]).strip();
            if (block.length() > 0) {
              block.append(raw.charAt(0) == '|' ? '\n' : ' ');
            }
            block.append(part);
          }
          out.put(key, block.toString().strip());
        } else {
          out.put(key, value(raw));
        }
        continue;
      }
      if (key == null || list != null) {
        continue;
      }
      Object current = out.get(key);
      if (colon > 0 && (current == null || current instanceof Map)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = current == null ? new LinkedHashMap<>() : (Map<String, Object>) current;
        nested.put(unquote(trimmed.substring(0, colon).strip()), value(trimmed.substring(colon + 1).strip()));
        out.put(key, nested);
      } else if (current instanceof String s && indent > 0) {
        out.put(key, s + " " + trimmed);
      }
    }
    return out;
  }

  /**
   * Whether {@code text} reads as front matter line by line: every line a comment, a top-level
   * {@code key: value}, a {@code - item} or an indented continuation after a key, the first key one
   * of {@code known}. Text before a Markdown horizontal rule (prose, a heading) does not, so that it
   * stays body rather than being read, and partly dropped, as fields.
   */
  static boolean readsAsFrontMatter(String text, Set<String> known) {
    String firstKey = null;
    for (String raw : YamlMaps.escapeTabs(text).split("\n", -1)) {
      String line = stripCr(raw);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (indentOf(line) > 0 || trimmed.equals("-") || trimmed.startsWith("- ")) {
        if (firstKey == null) {
          return false;
        }
        continue;
      }
      int colon = keyColon(trimmed);
      if (colon <= 0) {
        return false;
      }
      if (firstKey == null) {
        firstKey = unquote(trimmed.substring(0, colon).strip());
      }
    }
    return firstKey != null && known.contains(firstKey);
  }

  /** A value: a one-line list, a quoted string, or a plain scalar without its trailing comment. */
  private static Object value(String raw) {
    String value = stripJsonComma(raw);
    if (value.length() >= 2 && value.charAt(0) == '[' && value.charAt(value.length() - 1) == ']') {
      return flowList(value.substring(1, value.length() - 1));
    }
    if (value.isEmpty() || value.equals("~") || value.equals("null")) {
      return value.isEmpty() ? "" : null;
    }
    return unquote(stripComment(value));
  }

  private static List<Object> flowList(String inner) {
    List<Object> items = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i <= inner.length(); i++) {
      char c = i < inner.length() ? inner.charAt(i) : ',';
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth <= 0) {
        String item = inner.substring(start, i).strip();
        if (!item.isEmpty()) {
          items.add(value(item));
        }
        start = i + 1;
      }
    }
    return items;
  }

  /** The index of the colon that ends a key: the first ':' followed by a space or the line end, after a quoted key. */
  private static int keyColon(String line) {
    int from = 0;
    char first = line.charAt(0);
    if (first == '"' || first == '\'') {
      int close = line.indexOf(first, 1);
      if (close < 0) {
        return -1;
      }
      from = close + 1;
    } else if (first == '-' || first == '[' || first == '{') {
      return -1;
    }
    for (int i = line.indexOf(':', from); i >= 0; i = line.indexOf(':', i + 1)) {
      if (i + 1 == line.length() || line.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Removes enclosing quotes around the whole value; quotes inside are kept as written (they are why YAML refused the line). */
  static String unquote(String value) {
    if (value.length() < 2) {
      return value;
    }
    char q = value.charAt(0);
    if ((q != '"' && q != '\'') || value.charAt(value.length() - 1) != q) {
      return value;
    }
    String inner = value.substring(1, value.length() - 1);
    if (q == '\'') {
      // A lone quote inside is what broke the YAML: the writer meant it literally.
      return inner.replace("''", "'");
    }
    StringBuilder out = new StringBuilder(inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        char next = inner.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** YAML comments start at " #" outside quotes. */
  private static String stripComment(String value) {
    if (value.charAt(0) == '"' || value.charAt(0) == '\'') {
      return value;
    }
    int hash = value.indexOf(" #");
    return hash < 0 ? value : value.substring(0, hash).strip();
  }

  /** {@code "value",} as JSON lines end: the comma goes when a quoted string or a number precedes it. */
  private static String stripJsonComma(String value) {
    if (value.length() < 2 || value.charAt(value.length() - 1) != ',') {
      return value;
    }
    String before = value.substring(0, value.length() - 1).strip();
    boolean quoted = before.length() >= 2 && before.charAt(0) == '"' && before.charAt(before.length() - 1) == '"';
    boolean bracketed = before.length() >= 2 && before.charAt(0) == '[' && before.charAt(before.length() - 1) == ']';
    return quoted || bracketed || JSON_LITERAL.matcher(before).matches() ? before : value;
  }

  private static boolean isBlockIndicator(String raw) {
    return BLOCK_INDICATOR.matcher(raw).matches();
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
