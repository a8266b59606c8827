package io.alsoread.cli;

/** ANSI styling of human output, or none at all: when off, every method returns its text unchanged. */
final class Style {

  static final Style PLAIN = new Style(false);
  static final Style ANSI = new Style(true);

  private static final String RESET = "\u001b[0m";

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
    return wrap("\u001b[1m", text);
  }

  String dim(String text) {
    return wrap("\u001b[2m", text);
  }

  /** A matched term in a snippet. */
  String match(String text) {
    return wrap("\u001b[1;33m", text);
  }

  String title(String text) {
    return wrap("\u001b[1;36m", text);
  }

  String url(String text) {
    return wrap("\u001b[32m", text);
  }

  String warning(String text) {
    return wrap("\u001b[33m", text);
  }

  String error(String text) {
    return wrap("\u001b[31m", text);
  }

  private String wrap(String code, String text) {
    return on && !text.isEmpty() ? code + text + RESET : text;
  }
}
