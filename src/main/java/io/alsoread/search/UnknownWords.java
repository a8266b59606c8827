package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The words of a plain query that no article holds, as the user typed them, and the query the user
 * likely meant: each such word replaced by its {@link Spelling} correction, or a misspelt field name
 * by the field. Words are what the query parser splits at, trimmed of the punctuation around them; a
 * word is unknown when every term the analyzer makes of it is in no article. Thread-safe.
 */
final class UnknownWords {
  /** How many unknown words of a query are corrected. */
  private static final int MAX_CORRECTED_WORDS = 3;
  /** A word as the classic query parser splits them: at spaces, tabs, line ends and U+3000, not at a form feed. */
  private static final Pattern CHUNK = Pattern.compile("[^ \\t\\n\\r\\u3000]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:.*[\\p{L}\\p{N}])?");
  private static final Pattern FIELDED = Pattern.compile("([A-Za-z_]+):(.+)");
  /**
   * A name before a colon where the parser looks for a field: at the start of a clause, and followed
   * by a value (not by "//", as in a pasted link).
   */
  private static final Pattern FIELD_NAME = Pattern.compile("(?<![^\\s(+\\-!])([A-Za-z_]+):(?!\\s|//)");
  /** The user field names, sorted, so that of two as near the nearer one is the same each time. */
  private static final List<String> FIELD_NAMES = Fields.USER_FIELDS.keySet().stream().sorted().toList();

  private final Analyzer analyzer;
  private final Spelling spelling;

  UnknownWords(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.spelling = new Spelling(analyzer);
  }

  /**
   * What a search found of a query's unknown words.
   *
   * @param words the unknown words, as typed, each once
   * @param suggestion the query with the unknown words that have a likely correction replaced by it,
   *     or null when none has
   */
  record Found(List<String> words, String suggestion) {
    static final Found NONE = new Found(List.of(), null);

    Found {
      words = List.copyOf(words);
    }
  }

  /** The unknown words of {@code text} and the likely query, looked up in {@code reader}. */
  Found in(String text, IndexReader reader) throws IOException {
    String query = text.strip();
    List<Chunk> chunks = new ArrayList<>();
    List<String> context = new ArrayList<>(); // the terms of the known words, which a correction should go with
    Matcher found = CHUNK.matcher(query);
    while (found.find()) {
      Chunk chunk = new Chunk(found.start(), found.group(), tokens(found.group(), reader));
      chunks.add(chunk);
      chunk.tokens().stream().filter(Token::known).map(Token::term).filter(term -> !context.contains(term)).forEach(context::add);
    }
    Map<String, String> unknown = new LinkedHashMap<>(); // by lower case: "Offlne offlne" is one word
    StringBuilder suggestion = new StringBuilder(query.length());
    boolean corrected = false;
    int last = 0;
    for (Chunk chunk : chunks) {
      suggestion.append(query, last, chunk.start());
      last = chunk.start() + chunk.text().length();
      List<Token> unknownTokens = chunk.tokens().stream().filter(token -> !token.known()).toList();
      Matcher word = WORD.matcher(chunk.text());
      if (unknownTokens.isEmpty() || !word.find()) {
        suggestion.append(chunk.text());
        continue;
      }
      // A word no part of which is known is named whole ("tags:win10"); else its unknown parts ("wifi-adaptr").
      List<int[]> spans = unknownTokens.size() == chunk.tokens().size() ? List.<int[]>of(new int[] {word.start(), word.end()})
          : unknownTokens.stream().map(token -> new int[] {token.start(), token.end()}).toList();
      int at = 0;
      for (int[] span : spans) {
        String typed = chunk.text().substring(span[0], span[1]);
        unknown.putIfAbsent(typed.toLowerCase(Locale.ROOT), typed);
        // Each correction looks up some hundreds of slips: a pasted paragraph of unknown words gets the first few.
        String field = fieldMeant(typed);
        String correction = field != null ? field : unknown.size() <= MAX_CORRECTED_WORDS ? spelling.correction(typed, context, reader) : null;
        corrected |= correction != null;
        suggestion.append(chunk.text(), at, span[0]).append(correction != null ? correction : typed);
        at = span[1];
      }
      suggestion.append(chunk.text(), at, chunk.text().length());
    }
    return unknown.isEmpty() ? Found.NONE : new Found(List.copyOf(unknown.values()), corrected ? suggestion.toString() : null);
  }

  /** A word of the query as the parser splits them, where it starts in the query, and the tokens the analyzer makes of it. */
  private record Chunk(int start, String text, List<Token> tokens) {}

  /** A token of a word: its term, where it is in the word, and whether some article holds the term. */
  private record Token(String term, int start, int end, boolean known) {}

  /** The tokens the analyzer makes of {@code chunk} in the words field, each looked up. */
  private List<Token> tokens(String chunk, IndexReader reader) throws IOException {
    List<Token> tokens = new ArrayList<>(2);
    for (WordsTerm term : WordsTerm.of(analyzer, chunk)) {
      tokens.add(new Token(term.term(), term.start(), term.end(), LiveHolders.any(reader, new Term(Fields.WORDS, term.term()))));
    }
    return tokens;
  }

  /**
   * {@code word} as the fielded query it likely meant, when it is a value after a name a few letters
   * from a field's ("tags:win10" is "tag:win10", "categories:ai" is "category:ai"); else null. The parser searches a name that
   * is no field as text, with its colon, so such a word is in no article.
   */
  static String fieldMeant(String word) {
    Matcher fielded = FIELDED.matcher(word);
    if (!fielded.matches()) {
      return null;
    }
    String field = fieldNamed(fielded.group(1));
    return field == null ? null : field + ":" + fielded.group(2);
  }

  /**
   * {@code query}, a query with syntax, with each name before a colon that is a few letters from a
   * field's written as the field ({@code tittle:"printer offline"} is {@code title:"printer
   * offline"}); null when it has no such name. The parser searches such a name as a word of text, so
   * the query ran without the field the user meant.
   */
  static String fieldsMeant(String query) {
    Matcher names = FIELD_NAME.matcher(query);
    StringBuilder meant = new StringBuilder(query.length());
    boolean corrected = false;
    int last = 0;
    boolean[] quoted = quoted(query);
    while (names.find()) {
      String field = quoted[names.start()] ? null : fieldNamed(names.group(1));
      if (field != null) {
        meant.append(query, last, names.start(1)).append(field);
        last = names.end(1);
        corrected = true;
      }
    }
    return corrected ? meant.append(query, last, query.length()).toString() : null;
  }

  /** For each char of {@code query}, whether it is inside a phrase ("…"), where a colon is text. */
  private static boolean[] quoted(String query) {
    boolean[] quoted = new boolean[query.length()];
    boolean inside = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        quoted[i] = inside;
        if (++i < query.length()) {
          quoted[i] = inside;
        }
        continue;
      }
      if (c == '"') {
        inside = !inside;
      }
      quoted[i] = inside;
    }
    return quoted;
  }

  /** The user field a {@code name} typed before a colon likely means, when it is not the field itself; else null. */
  private static String fieldNamed(String typed) {
    if (Fields.USER_FIELDS.containsKey(typed)) {
      return null; // the field itself: most names of a query with syntax
    }
    String name = typed.toLowerCase(Locale.ROOT);
    // Short names are near many words: "step" is two letters from "site", yet no slip of it.
    int allowed = name.length() <= 4 ? 1 : name.length() <= 7 ? 2 : 3;
    String nearest = null;
    int nearestDistance = allowed + 1;
    for (String field : FIELD_NAMES) {
      int distance = distance(name, field);
      if (distance < nearestDistance) {
        nearest = field;
        nearestDistance = distance;
      }
    }
    // A field's name in other letter case ("Tag:") is no field to the parser either.
    return nearest == null || nearest.equals(typed) ? null : nearest;
  }

  /** The edit distance of two short strings: letters left out, added or changed, or two neighbours swapped. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Whether the query parser takes {@code text} as one word: no white space in it, as the parser splits words. */
  static boolean oneChunk(String text) {
    Matcher chunks = CHUNK.matcher(text);
    return chunks.find() && !chunks.find();
  }
}
