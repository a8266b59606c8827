package io.alsoread.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * TAB completion of the REPL: {@code :commands}, their arguments (facet values, sort orders, paths),
 * and in a query the field names ({@code title:}) and facet values ({@code tag:win10}).
 */
final class ReplCompleter implements Completer {

  /** Characters with a meaning in Lucene's classic query syntax. */
  private static final String QUERY_SPECIALS = "\\+-!():^[]\"{}~*?|&/";

  private final Function<String, List<String>> facetValues;
  private final Completer files = new Completers.FileNameCompleter();

  /** @param facetValues all values of a facet dimension */
  ReplCompleter(Function<String, List<String>> facetValues) {
    this.facetValues = facetValues;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String beforeCursor = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
    String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
    if (!beforeCursor.stripLeading().startsWith(":")) {
      String term = currentTerm(beforeCursor);
      if (term.equals(word) && term.indexOf('"') < 0 && term.indexOf('\\') < 0) {
        queryWord(word, candidates);
      } else {
        quotedOrEscapedValue(term, word, candidates);
      }
      return;
    }
    if (line.wordIndex() == 0) {
      for (Map.Entry<String, String> command : ReplSession.COMMANDS.entrySet()) {
        candidates.add(new Candidate(command.getKey(), command.getKey(), null, command.getValue(), null, null, true));
      }
      return;
    }
    String command = line.words().get(0).toLowerCase(Locale.ROOT);
    switch (command) {
      case ":tag", ":category", ":site", ":year" -> facetArgument(command.substring(1), beforeCursor, word, candidates);
      case ":sort" -> SortConverter.NAMES.forEach(name -> candidates.add(new Candidate(name)));
      case ":clear" -> ReplSession.DIMENSIONS.forEach(name -> candidates.add(new Candidate(name)));
      case ":reindex" -> files.complete(reader, line, candidates);
      default -> { }
    }
  }

  /**
   * A facet value after {@code :tag}; values may hold spaces, so the typed value is everything after the
   * command, and each candidate is the rest of a value from the start of the word being completed.
   */
  void facetArgument(String dimension, String beforeCursor, String word, List<Candidate> candidates) {
    String afterCommand = beforeCursor.stripLeading();
    int space = afterCommand.indexOf(' ');
    String typed = space < 0 ? "" : afterCommand.substring(space + 1).stripLeading();
    if (typed.length() < word.length()) {
      return;
    }
    // The form the prompt shows, :tag "windows 11", is taken too.
    boolean quoted = typed.startsWith("\"");
    String typedValue = quoted ? typed.substring(1) : typed;
    for (String value : facetValues.apply(dimension)) {
      if (startsWithIgnoringCase(value, typedValue)) {
        String completed = quoted ? "\"" + value + "\"" : value;
        candidates.add(new Candidate(completed.substring(typed.length() - word.length()), Layout.printable(value), null, null, null, null, true));
      }
    }
  }

  /**
   * The term of the query the cursor is in, as the query parser reads it: from the last white space
   * before the cursor that is neither escaped nor inside a phrase. It is longer than the word JLine
   * splits at every space when a value holds a quoted or escaped space ({@code tag:"ai a},
   * {@code tag:windows\ 1}).
   */
  static String currentTerm(String beforeCursor) {
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < beforeCursor.length(); i++) {
      char c = beforeCursor.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && Character.isWhitespace(c)) {
        start = i + 1;
      }
    }
    return beforeCursor.substring(start);
  }

  /**
   * Facet values for a {@code field:value} term whose value is quoted or holds an escape: each
   * candidate replaces the {@code word} JLine completes (the term's part after its last space, or
   * the whole term) with the rest of the value, in the form the term was typed ({@code tag:"ai art"}
   * or {@code tag:ai\ art}).
   */
  private void quotedOrEscapedValue(String term, String word, List<Candidate> candidates) {
    int colon = term.indexOf(':');
    String field = colon < 0 ? "" : term.substring(0, colon);
    String dimension = field.startsWith("+") || field.startsWith("-") ? field.substring(1) : field;
    if (!ReplSession.DIMENSIONS.contains(dimension) || !term.endsWith(word)) {
      return;
    }
    String typed = term.substring(colon + 1);
    boolean quoted = typed.startsWith("\"");
    String typedValue = quoted ? typed.substring(1) : unescaped(typed);
    boolean whole = word.length() == term.length();
    // The typed part of the value the word holds, as the value writes it.
    int wordStart = whole ? 0 : typedValue.length() - (quoted ? word : unescaped(word)).length();
    for (String value : facetValues.apply(dimension)) {
      if (!startsWithIgnoringCase(value, typedValue) || wordStart < 0) {
        continue;
      }
      String rest = whole ? value : value.substring(wordStart);
      String completed = quoted ? (whole ? field + ":\"" : "") + rest + "\"" : (whole ? field + ":" : "") + escapeTerm(rest);
      candidates.add(new Candidate(completed, Layout.printable(value), null, null, null, null, true));
    }
  }

  private static String unescaped(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || ++i < text.length()) {
        plain.append(text.charAt(i));
      }
    }
    return plain.toString();
  }

  private static boolean startsWithIgnoringCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** A value as one term of Lucene's classic query syntax: special characters and spaces escaped. */
  static String escapeTerm(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (QUERY_SPECIALS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** In a query: {@code field:} names, and {@code tag:value} for the facet fields. */
  void queryWord(String word, List<Candidate> candidates) {
    int colon = word.indexOf(':');
    if (colon < 0) {
      String typed = word.toLowerCase(Locale.ROOT);
      int sign = typed.startsWith("+") || typed.startsWith("-") ? 1 : 0;
      for (String field : ReplSession.FIELDS) {
        if (field.startsWith(typed.substring(sign))) {
          String value = word.substring(0, sign) + field + ":";
          candidates.add(new Candidate(value, Layout.printable(value), null, null, null, null, false));
        }
      }
      return;
    }
    String field = word.substring(0, colon);
    int start = field.startsWith("+") || field.startsWith("-") ? 1 : 0;
    String dimension = field.substring(start);
    if (!ReplSession.DIMENSIONS.contains(dimension)) {
      return;
    }
    String typed = word.substring(colon + 1).toLowerCase(Locale.ROOT);
    for (String value : facetValues.apply(dimension)) {
      if (value.toLowerCase(Locale.ROOT).startsWith(typed)) {
        candidates.add(new Candidate(field + ":" + escapeTerm(value), Layout.printable(value), null, null, null, null, true));
      }
    }
  }
}
