package io.alsoread.search;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's BM25-like passage score without its per-passage hash table: a passage holds a handful of
 * distinct terms, so they are found by a scan of those seen so far, first by identity (the matches
 * of one term share its bytes), and scoring a long body with many matching paragraphs allocates
 * nothing once the first passages have sized its tables; and passages shorter than a sentence or
 * two score lower. Not thread-safe: one per highlighting.
 */
final class PassageRanking extends PassageScorer {
  private static final int SHORT_PASSAGE = 120;

  /** The passage's distinct terms in the order they first occur, and for each its matches and the doc frequency of its first. */
  private BytesRef[] distinct = new BytesRef[8];
  private int[] counts = new int[8];
  private int[] freqs = new int[8];

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] docFreqs = passage.getMatchTermFreqsInDoc();
    int passageLength = passage.getLength();
    int found = 0;
    for (int i = 0; i < matches; i++) {
      int k = indexOf(terms[i], found);
      if (k < 0) {
        if (found == distinct.length) {
          grow();
        }
        k = found++;
        distinct[k] = terms[i];
        counts[k] = 0;
        freqs[k] = docFreqs[i];
      }
      counts[k]++;
    }
    float score = 0;
    for (int k = 0; k < found; k++) {
      score += weight(contentLength, freqs[k]) * tf(counts[k], passageLength);
      distinct[k] = null;
    }
    // Passages are grown to a minimum length, so a short one is the last paragraph of the body,
    // typically a line of tags: prefer running text.
    float shortness = Math.min(1f, passageLength / (float) SHORT_PASSAGE);
    return score * norm(passage.getStartOffset()) * shortness;
  }

  /** Where {@code term} is among the first {@code found} distinct terms, or -1. */
  private int indexOf(BytesRef term, int found) {
    for (int k = 0; k < found; k++) {
      if (distinct[k] == term) {
        return k;
      }
    }
    for (int k = 0; k < found; k++) {
      if (distinct[k].bytesEquals(term)) {
        return k;
      }
    }
    return -1;
  }

  private void grow() {
    distinct = Arrays.copyOf(distinct, distinct.length * 2);
    counts = Arrays.copyOf(counts, counts.length * 2);
    freqs = Arrays.copyOf(freqs, freqs.length * 2);
  }
}
