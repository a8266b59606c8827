package io.alsoread.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's BM25-like passage score without its per-passage hash table: a passage holds a handful
 * of matches, so distinct terms are found by a linear scan, and scoring a long body with many
 * matching paragraphs allocates next to nothing; and passages shorter than a sentence or two score
 * lower.
 */
final class PassageRanking extends PassageScorer {
  private static final int SHORT_PASSAGE = 120;

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] docFreqs = passage.getMatchTermFreqsInDoc();
    int passageLength = passage.getLength();
    float score = 0;
    for (int i = 0; i < matches; i++) {
      if (firstOccurrence(terms, i)) {
        int inPassage = 1;
        for (int j = i + 1; j < matches; j++) {
          if (terms[j].bytesEquals(terms[i])) {
            inPassage++;
          }
        }
        score += weight(contentLength, docFreqs[i]) * tf(inPassage, passageLength);
      }
    }
    // Passages are grown to a minimum length, so a short one is the last paragraph of the body,
    // typically a line of tags: prefer running text.
    float shortness = Math.min(1f, passageLength / (float) SHORT_PASSAGE);
    return score * norm(passage.getStartOffset()) * shortness;
  }

  private static boolean firstOccurrence(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return false;
      }
    }
    return true;
  }
}
