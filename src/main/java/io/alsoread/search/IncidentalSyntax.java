package io.alsoread.search;

import java.util.Set;

/**
 * Tells the query syntax a user means from punctuation that merely occurs in what they typed
 * (section headings, error messages, pasted titles): the colon of "Fix 5: Delete the file", the
 * question mark of "Who is the winner?" (or of a pasted link's query string), the dash of
 * "Filmora - A Versatile Video Maker", the slash of "Windows 10/11". Such characters are escaped so
 * that they search as text; syntax used on purpose (a known {@code field:}, a balanced
 * {@code "phrase"}, {@code AND/OR/NOT}, {@code +/-} prefixes, ranges; wildcards, {@code ~},
 * {@code ^}) is left for the parser, and marks the query as deliberate. A query with structural
 * syntax that does not parse is an error; any other query that does not parse is searched as plain
 * text. A quote or range bracket right after a known {@code field:} is syntax even when it is never
 * closed ({@code tag:"windows 11}, {@code body:[a TO}): the parser reports what is missing.
 *
 * <p>Regular expressions ({@code /re/}) are not part of alsoread's syntax: a slash is always text,
 * so {@code links_to:https://example.com/a/} needs no quotes.
 */
final class IncidentalSyntax {
  private IncidentalSyntax() {}

  /**
   * The escaped query.
   *
   * @param text the query with incidental punctuation escaped
   * @param structure whether the query uses structural syntax on purpose (fields, phrases, boolean
   *     operators, required and prohibited clauses, ranges): if it does not parse, that is an error
   * @param patterns whether it uses term patterns (wildcards, fuzzy terms, boosts): pasted text
   *     (URLs, code) has these by accident, so if it does not parse it is searched as text
   * @param phrasesOnly whether balanced quotes are its only syntax: its words still read in the
   *     order they were written (a heading that quotes a word: {@code Why Use "Lite" Apps?})
   * @param origins for each char of {@code text}, the index of the char of the original query it
   *     comes from (so parse errors can point into what the user typed)
   * @param originalLength length of the original query
   */
  record Escaped(String text, boolean structure, boolean patterns, boolean phrasesOnly, int[] origins, int originalLength) {
    /** Whether the query uses any syntax on purpose. */
    boolean deliberate() {
      return structure || patterns;
    }

    /** The 1-based column of the original query that the 1-based {@code column} of {@link #text} shows. */
    int originalColumn(int column) {
      int index = column - 1;
      if (index < 0) {
        return 1;
      }
      return index < origins.length ? origins[index] + 1 : originalLength + 1;
    }
  }

  /** Escapes the incidental punctuation of {@code query}; {@code fields} are the known field names. */
  static Escaped escape(String query, Set<String> fields) {
    Builder out = new Builder(query.length());
    int n = query.length();
    int unmatchedQuote = unmatchedQuote(query);
    boolean structure = false;
    boolean patterns = false;
    boolean phrases = false; // balanced quotes, the one structure that keeps the text's word order
    int tokenStart = 0;
    int fieldValue = -1; // where the value of a known field starts
    for (int i = 0; i < n; i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        if (i + 1 < n) {
          out.append(c, i).append(query.charAt(i + 1), i + 1);
          i++;
        } else {
          out.escaped(c, i);
        }
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u3000') {
        out.append(c, i);
        tokenStart = i + 1;
        continue;
      }
      boolean atTokenStart = i == tokenStart;
      char next = i + 1 < n ? query.charAt(i + 1) : ' ';
      switch (c) {
        case '"' -> {
          if (i == unmatchedQuote && i == fieldValue) {
            out.append(c, i);
            structure = true;
          } else if (i == unmatchedQuote) {
            out.escaped(c, i);
          } else {
            int end = closingQuote(query, i);
            out.copy(query, i, end);
            i = end;
            phrases = true;
          }
        }
        case ':' -> {
          if (fields.contains(query.substring(tokenStart, i))) {
            out.append(c, i);
            structure = true;
            tokenStart = i + 1;
            fieldValue = i + 1;
          } else {
            out.escaped(c, i);
          }
        }
        case '/', ']', '}' -> out.escaped(c, i);
        case '?' -> {
          if (endsWord(next) || atTokenStart || inUrl(query, tokenStart, i)) {
            out.escaped(c, i);
          } else {
            out.append(c, i);
            patterns = true;
          }
        }
        case '*' -> {
          boolean lone = atTokenStart && endsWord(next) && (i == 0 || query.charAt(i - 1) != ':');
          if (lone && query.strip().length() > 1) {
            out.escaped(c, i);
          } else {
            out.append(c, i);
            patterns = true;
          }
        }
        case '!' -> {
          if (atTokenStart && startsTerm(next)) {
            out.append(c, i);
            structure = true;
            tokenStart = i + 1;
          } else {
            out.escaped(c, i);
          }
        }
        case '+', '-' -> {
          if (!atTokenStart) {
            out.append(c, i);
          } else if (startsTerm(next) || next == '"' || next == '(') {
            out.append(c, i);
            structure = true;
            tokenStart = i + 1;
          } else {
            out.escaped(c, i);
          }
        }
        case '&', '|' -> {
          if (next == c && atTokenStart) {
            out.append(c, i).append(next, i + 1);
            i++;
            structure = true;
          } else {
            out.append(c, i);
          }
        }
        case '^' -> {
          if (!atTokenStart && Character.isDigit(next)) {
            out.append(c, i);
            patterns = true;
          } else {
            out.escaped(c, i);
          }
        }
        case '~' -> {
          if (!atTokenStart && (endsWord(next) || Character.isDigit(next) || next == '.')) {
            out.append(c, i);
            patterns = true;
          } else {
            out.escaped(c, i);
          }
        }
        case '(', ')' -> {
          out.append(c, i);
          tokenStart = i + 1;
        }
        case '[', '{' -> {
          int end = rangeEnd(query, i);
          if (end < 0 && i == fieldValue) {
            out.append(c, i);
            structure = true;
          } else if (end < 0) {
            out.escaped(c, i);
          } else {
            out.copy(query, i, end);
            i = end;
            structure = true;
          }
        }
        default -> {
          out.append(c, i);
          if (endsWord(next) && isOperator(query, tokenStart, i + 1)) {
            structure = true;
          }
        }
      }
    }
    return new Escaped(out.text.toString(), structure || phrases, patterns, phrases && !structure && !patterns, out.origins(), n);
  }

  /** Whether {@code query[from, to)} is one of the boolean operator words. */
  private static boolean isOperator(String query, int from, int to) {
    int length = to - from;
    return (length == 2 && query.startsWith("OR", from))
        || (length == 3 && (query.startsWith("AND", from) || query.startsWith("NOT", from)));
  }

  /**
   * Whether {@code at} is inside a URL of the token starting at {@code tokenStart} (a {@code ://}
   * comes before it): there a question mark starts the URL's query string, as in a pasted link.
   */
  private static boolean inUrl(String query, int tokenStart, int at) {
    int scheme = query.indexOf("://", tokenStart);
    return scheme >= 0 && scheme < at;
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == ')' || c == '"' || c == '\u3000';
  }

  private static boolean startsTerm(char c) {
    return !Character.isWhitespace(c) && "+-!():^[]\"{}~*?\\/&|".indexOf(c) < 0;
  }

  /** The index of a quote that has no partner (the last one when their number is odd), or -1. */
  private static int unmatchedQuote(String query) {
    int count = 0;
    int last = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        count++;
        last = i;
      }
    }
    return count % 2 == 1 ? last : -1;
  }

  private static int closingQuote(String query, int open) {
    for (int i = open + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return query.length() - 1; // unreachable: an unmatched quote is escaped instead
  }

  /** The index closing a range {@code [a TO b]} or {@code {a TO b}} opened at {@code open}, or -1. */
  private static int rangeEnd(String query, int open) {
    for (int i = open + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == ']' || c == '}') {
        return query.substring(open + 1, i).contains(" TO ") ? i : -1;
      }
      if (c == '[' || c == '{' || c == '"') {
        return -1;
      }
    }
    return -1;
  }

  /** The escaped text and, per char, where it came from. */
  private static final class Builder {
    final StringBuilder text;
    int[] origins;

    Builder(int capacity) {
      text = new StringBuilder(capacity + 8);
      origins = new int[capacity + 8];
    }

    Builder append(char c, int origin) {
      if (text.length() == origins.length) {
        origins = java.util.Arrays.copyOf(origins, origins.length * 2);
      }
      origins[text.length()] = origin;
      text.append(c);
      return this;
    }

    void escaped(char c, int origin) {
      append('\\', origin).append(c, origin);
    }

    void copy(String source, int from, int toInclusive) {
      for (int i = from; i <= toInclusive; i++) {
        append(source.charAt(i), i);
      }
    }

    int[] origins() {
      return java.util.Arrays.copyOf(origins, text.length());
    }
  }
}
