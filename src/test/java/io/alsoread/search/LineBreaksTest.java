package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
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
