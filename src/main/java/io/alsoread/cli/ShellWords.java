package io.alsoread.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments split into words as a POSIX shell splits them, for the REPL commands that
 * take paths: blanks separate words; single quotes keep everything; double quotes keep all but
 * {@code \"}, {@code \\}, {@code \$} and {@code \`}; a backslash outside quotes keeps the next
 * character; and a {@code ~} that starts a word, unquoted, is the home folder. So
 * {@code /tmp/a\ b}, {@code "/tmp/a b"} and {@code '/tmp/a b'} all name {@code /tmp/a b}.
 */
final class ShellWords {

  private ShellWords() {}

  /**
   * The words of {@code text}.
   *
   * @param home what a leading {@code ~} stands for, or null to keep it
   * @throws IllegalArgumentException when a quote is not closed
   */
  static List<String> split(String text, String home) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed ' in " + text);
        }
        word.append(text, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i = doubleQuoted(text, i + 1, word);
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(i + 1));
        inWord = true;
        i += 2;
      } else if (c == '~' && !inWord && home != null && (i + 1 == text.length() || text.charAt(i + 1) == '/'
          || Character.isWhitespace(text.charAt(i + 1)))) {
        word.append(home);
        inWord = true;
        i++;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Appends the double-quoted text from {@code start}; returns the index after the closing quote. */
  private static int doubleQuoted(String text, int start, StringBuilder word) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
        word.append(text.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unclosed \" in " + text);
  }
}
