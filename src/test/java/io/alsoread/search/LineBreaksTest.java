package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.Random;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

  /** Texts of letters, line feeds (alone, doubled, first and last) and a non-Latin-1 character. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      text.append(kind < 3 ? '\n' : kind == 3 ? '\u2019' : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @Test
  void breaksWhereLucenesLineFeedIteratorBreaks() {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      String text = randomText(random);
      BreakIterator expected = new CustomSeparatorBreakIterator('\n');
      LineBreaks actual = new LineBreaks();
      expected.setText(text);
      actual.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        assertEquals(expected.following(offset), actual.following(offset), () -> "following in " + text.replace("\n", "\\n"));
        assertEquals(expected.current(), actual.current());
        assertEquals(expected.next(), actual.next(), "next after following");
        assertEquals(expected.preceding(offset), actual.preceding(offset), () -> "preceding in " + text.replace("\n", "\\n"));
        assertEquals(expected.current(), actual.current());
        assertEquals(expected.previous(), actual.previous(), "previous after preceding");
      }
      assertEquals(expected.first(), actual.first());
      for (int step = 0; step <= text.length() + 1; step++) {
        assertEquals(expected.next(), actual.next(), "next from first");
      }
      assertEquals(expected.last(), actual.last());
      for (int step = 0; step <= text.length() + 1; step++) {
        assertEquals(expected.previous(), actual.previous(), "previous from last");
      }
    }
  }

  /**
   * Text set through a character iterator over part of a longer string, standing anywhere in it:
   * Lucene's iterator gives offsets in the string and goes on from where the iterator stands; and
   * {@code next(n)} past an end, which Lucene's answers with the last break, not DONE.
   */
  @Test
  void breaksWhereLucenesBreakInARangeOfACharacterIteratorAndStepsAsItDoes() {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      String text = randomText(random);
      int begin = random.nextInt(text.length() + 1);
      int end = begin + random.nextInt(text.length() - begin + 1);
      int index = begin + random.nextInt(end - begin + 1);
      BreakIterator expected = new CustomSeparatorBreakIterator('\n');
      LineBreaks actual = new LineBreaks();
      expected.setText(new StringCharacterIterator(text, begin, end, index));
      StringCharacterIterator given = new StringCharacterIterator(text, begin, end, index);
      actual.setText(given);
      assertEquals(index, given.getIndex(), "the iterator's index is left where it was");
      String where = text.replace("\n", "\\n") + " [" + begin + ", " + end + ") at " + index;
      assertEquals(expected.current(), actual.current(), where);
      assertEquals(expected.next(), actual.next(), () -> "next from where the iterator stands in " + where);
      for (int offset = begin; offset <= end; offset++) {
        assertEquals(expected.following(offset), actual.following(offset), () -> "following in " + where);
        assertEquals(expected.preceding(offset), actual.preceding(offset), () -> "preceding in " + where);
        assertEquals(expected.current(), actual.current(), where);
      }
      int steps = random.nextInt(2 * (end - begin) + 3) - (end - begin) - 1;
      assertEquals(expected.first(), actual.first(), where);
      assertEquals(expected.next(steps), actual.next(steps), () -> "next(" + steps + ") from first in " + where);
      assertEquals(expected.last(), actual.last(), where);
      assertEquals(expected.next(-steps), actual.next(-steps), () -> "next(" + -steps + ") from last in " + where);
    }
  }

  @Test
  void passagesOfAtLeastAMinimumLengthAreTheSame() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      String text = randomText(random).repeat(8);
      BreakIterator expected = LengthGoalBreakIterator.createMinLength(new CustomSeparatorBreakIterator('\n'), 20, 0.25f);
      BreakIterator actual = LengthGoalBreakIterator.createMinLength(new LineBreaks(), 20, 0.25f);
      expected.setText(text);
      actual.setText(text);
      for (int offset = 0; offset < text.length(); offset++) {
        assertEquals(expected.preceding(offset + 1), actual.preceding(offset + 1));
        assertEquals(expected.following(offset), actual.following(offset));
      }
    }
  }
}
