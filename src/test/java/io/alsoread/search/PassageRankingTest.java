package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageRankingTest {

  /** The score by its definition: each distinct term once, by a scan of every match before it. */
  private static float reference(PassageScorer weights, Passage passage, int contentLength) {
    BytesRef[] terms = passage.getMatchTerms();
    float score = 0;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      boolean first = true;
      for (int j = 0; j < i; j++) {
        first &= !terms[j].bytesEquals(terms[i]);
      }
      if (first) {
        int inPassage = 0;
        for (int j = i; j < passage.getNumMatches(); j++) {
          inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
        }
        score += weights.weight(contentLength, passage.getMatchTermFreqsInDoc()[i]) * weights.tf(inPassage, passage.getLength());
      }
    }
    return score * weights.norm(passage.getStartOffset()) * Math.min(1f, passage.getLength() / 120f);
  }

  @Test
  void scoresEachDistinctTermOnceWhetherItsMatchesShareBytesOrNot() {
    Random random = new Random(3);
    PassageRanking ranking = new PassageRanking(); // one instance: its tables carry over from passage to passage
    String[] words = {"video", "windows", "best", "converter", "resolution", "part", "for", "3", "1", "a", "b", "c"};
    for (int round = 0; round < 3000; round++) {
      BytesRef[] shared = new BytesRef[words.length];
      for (int w = 0; w < words.length; w++) {
        shared[w] = new BytesRef(words[w]);
      }
      Passage passage = new Passage();
      int start = random.nextInt(500);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 1400 + random.nextInt(200)); // matches must fall within the passage
      int matches = random.nextInt(40);
      int offset = start;
      for (int m = 0; m < matches; m++) {
        int w = random.nextInt(random.nextBoolean() ? 3 : words.length);
        // usually the term's shared bytes, as the highlighter gives them; sometimes an equal copy
        BytesRef term = random.nextInt(5) == 0 ? BytesRef.deepCopyOf(shared[w]) : shared[w];
        offset += 1 + random.nextInt(30);
        passage.addMatch(offset, offset + words[w].length(), term, 1 + w + random.nextInt(3)); // a term's first match counts
      }
      int contentLength = passage.getEndOffset() + random.nextInt(5000);
      assertEquals(reference(ranking, passage, contentLength), ranking.score(passage, contentLength), "round " + round);
    }
  }

  @Test
  void aShortPassageScoresLowerThanTheSameMatchesInRunningText() {
    PassageRanking ranking = new PassageRanking();
    BytesRef video = new BytesRef("video");
    Passage shortOne = new Passage();
    shortOne.setStartOffset(1000);
    shortOne.setEndOffset(1030);
    shortOne.addMatch(1000, 1005, video, 3);
    Passage longOne = new Passage();
    longOne.setStartOffset(1000);
    longOne.setEndOffset(1200);
    longOne.addMatch(1000, 1005, video, 3);
    assertTrue(ranking.score(shortOne, 5000) < ranking.score(longOne, 5000));
  }
}
