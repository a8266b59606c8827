package io.alsoread.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Breaks a text after each line feed: the breaks of Lucene's {@code CustomSeparatorBreakIterator('\n')},
 * found with {@link String#indexOf(int, int)} and {@link String#lastIndexOf(int, int)} instead of one
 * character iterator call per character. The highlighter asks for the breaks around every match of a
 * hit's body, so on a heading of common words ("Step 1: Open Video Settings") scanning for them took
 * a tenth of the whole search.
 */
final class LineBreaks extends BreakIterator {
  private static final char SEPARATOR = '\n';

  private String text = "";
  private CharacterIterator iterator = new StringCharacterIterator("");
  /** The last break returned. */
  private int current;
  /**
   * Where Lucene's iterator would stand, which {@link #next} and {@link #previous} go on from: on the
   * separator before the last break, or at an end of the text.
   */
  private int position;

  @Override
  public void setText(String newText) {
    text = newText;
    iterator = new StringCharacterIterator(newText);
    current = position = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  /** The text, for its length (the highlighter asks for nothing else): its index is not kept. */
  @Override
  public CharacterIterator getText() {
    return iterator;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int first() {
    return current = position = 0;
  }

  @Override
  public int last() {
    return current = position = text.length();
  }

  @Override
  public int next() {
    return position == text.length() ? DONE : forward();
  }

  @Override
  public int previous() {
    return position == 0 ? DONE : backward();
  }

  @Override
  public int next(int n) {
    int result = current;
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int following(int offset) {
    check(offset);
    current = position = offset;
    return offset == text.length() ? DONE : forward();
  }

  @Override
  public int preceding(int offset) {
    check(offset);
    current = position = offset;
    return offset == 0 ? DONE : backward();
  }

  /** The break past the first separator after {@link #position}, else the end. */
  private int forward() {
    int separator = text.indexOf(SEPARATOR, position + 1);
    position = separator < 0 ? text.length() : separator;
    return current = separator < 0 ? text.length() : separator + 1;
  }

  /** The break past the last separator before {@link #position}, else the start. */
  private int backward() {
    int separator = text.lastIndexOf(SEPARATOR, position - 1);
    position = Math.max(separator, 0);
    return current = separator + 1;
  }

  private void check(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
  }

  @Override
  public LineBreaks clone() {
    return (LineBreaks) super.clone();
  }
}
