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

  /** The text's characters from its begin index on. */
  private String text = "";
  /** The begin index of the text, which every offset given or returned counts from, as Lucene's do. */
  private int begin;
  private CharacterIterator iterator = new StringCharacterIterator("");
  /** The last break returned, from the begin index. */
  private int current;
  /**
   * Where Lucene's iterator would stand, which {@link #next} and {@link #previous} go on from: on the
   * separator before the last break, or at an end of the text; from the begin index.
   */
  private int position;

  @Override
  public void setText(String newText) {
    text = newText;
    begin = 0;
    iterator = new StringCharacterIterator(newText);
    current = position = 0;
  }

  /**
   * Copies the iterator's range, and goes on from where it stands, as Lucene's iterator (which reads
   * it as it goes) would; its index is left where it was.
   */
  @Override
  public void setText(CharacterIterator newText) {
    int index = newText.getIndex();
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    newText.setIndex(index);
    text = copy.toString();
    begin = newText.getBeginIndex();
    iterator = newText;
    current = 0;
    position = index - begin;
  }

  /** The text, for its length (the highlighter asks for nothing else): its index is not kept. */
  @Override
  public CharacterIterator getText() {
    return iterator;
  }

  @Override
  public int current() {
    return begin + current;
  }

  @Override
  public int first() {
    current = position = 0;
    return begin;
  }

  @Override
  public int last() {
    current = position = text.length();
    return begin + current;
  }

  @Override
  public int next() {
    return position == text.length() ? DONE : begin + forward();
  }

  @Override
  public int previous() {
    return position == 0 ? DONE : begin + backward();
  }

  /** Steps as Lucene's iterator does: past an end it stays on the last break and returns that, not DONE. */
  @Override
  public int next(int n) {
    for (; n > 0; n--) {
      next();
    }
    for (; n < 0; n++) {
      previous();
    }
    return current();
  }

  @Override
  public int following(int offset) {
    int at = check(offset);
    current = position = at;
    return at == text.length() ? DONE : begin + forward();
  }

  @Override
  public int preceding(int offset) {
    int at = check(offset);
    current = position = at;
    return at == 0 ? DONE : begin + backward();
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

  /** {@code offset} from the begin index. */
  private int check(int offset) {
    if (offset < begin || offset > begin + text.length()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
    return offset - begin;
  }

  @Override
  public LineBreaks clone() {
    return (LineBreaks) super.clone();
  }
}
