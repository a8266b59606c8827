package io.alsoread.cli;

/** ANSI styling of human output, or none at all: when off, every method returns its text unchanged. */
final class Style {

  static final Style PLAIN = new Style(false);
  static final Style ANSI = new Style(true);

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String MATCH = "\u001b[1;33m";
  private static final String TITLE = "\u001b[1;36m";
  private static final String URL = "\u001b[32m";
  private static final String WARNING = "\u001b[33m";
  private static final String ERROR = "\u001b[31m";
  /** Every escape sequence human output writes of its own. */
  private static final String[] CODES = {RESET, BOLD, DIM, MATCH, TITLE, URL, WARNING, ERROR};

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  static Style of(boolean colour) {
    return colour ? ANSI : PLAIN;
  }

  boolean enabled() {
    return on;
  }

  String bold(String text) {
    return wrap(BOLD, text);
  }

  String dim(String text) {
    return wrap(DIM, text);
  }

  /** A matched term in a snippet. */
  String match(String text) {
    return wrap(MATCH, text);
  }

  String title(String text) {
    return wrap(TITLE, text);
  }

  String url(String text) {
    return wrap(URL, text);
  }

  String warning(String text) {
    return wrap(WARNING, text);
  }

  String error(String text) {
    return wrap(ERROR, text);
  }

  /** The length of the escape sequence of this class's at {@code index} of {@code text}, or 0 where there is none. */
  static int codeLengthAt(CharSequence text, int index) {
    for (String code : CODES) {
      if (text.length() - index >= code.length() && code.contentEquals(text.subSequence(index, index + code.length()))) {
        return code.length();
      }
    }
    return 0;
  }

  private String wrap(String code, String text) {
    return on && !text.isEmpty() ? code + text + RESET : text;
  }
}
