package io.alsoread.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The offsets of several terms in one document, read from their postings at once and sorted in the
 * order Lucene's {@code OffsetsEnum.MultiOffsetsEnum} gives them (start, then end, then term),
 * without its priority queue of one enum per term: merging by queue took a tenth of the search of a
 * heading whose common words occur hundreds of times in each hit.
 */
final class MergedOffsets extends OffsetsEnum {
  private final BytesRef[] terms;
  private final int[] freqs;
  /** Per match, in order: start offset, end offset and term index. */
  private final int[] starts;
  private final int[] ends;
  private final int[] termOf;
  private int current = -1;

  private MergedOffsets(BytesRef[] terms, int[] freqs, int[] starts, int[] ends, int[] termOf) {
    this.terms = terms;
    this.freqs = freqs;
    this.starts = starts;
    this.ends = ends;
    this.termOf = termOf;
  }

  /**
   * The offsets of {@code terms} in the document each of {@code postings} (with offsets) is on.
   *
   * @param terms distinct terms
   */
  static MergedOffsets of(List<BytesRef> terms, List<PostingsEnum> postings) throws IOException {
    int count = terms.size();
    int[] freqs = new int[count];
    int total = 0;
    for (int t = 0; t < count; t++) {
      freqs[t] = postings.get(t).freq();
      total += freqs[t];
    }
    // Sort by start offset: a long of the start and the match's index, which keeps each term's
    // matches in postings order; then the rare runs of equal starts (tokens at one position) as the
    // queue would merge them.
    long[] keys = new long[total];
    int[] starts = new int[total];
    int[] ends = new int[total];
    int[] termOf = new int[total];
    int match = 0;
    for (int t = 0; t < count; t++) {
      PostingsEnum list = postings.get(t);
      for (int i = 0; i < freqs[t]; i++, match++) {
        list.nextPosition();
        starts[match] = list.startOffset();
        ends[match] = list.endOffset();
        termOf[match] = t;
        keys[match] = ((long) starts[match] << 32) | match;
      }
    }
    Arrays.sort(keys);
    int[] sortedStarts = new int[total];
    int[] sortedEnds = new int[total];
    int[] sortedTerms = new int[total];
    for (int i = 0; i < total; i++) {
      int from = (int) keys[i];
      sortedStarts[i] = starts[from];
      sortedEnds[i] = ends[from];
      sortedTerms[i] = termOf[from];
    }
    BytesRef[] termArray = terms.toArray(BytesRef[]::new);
    for (int from = 0, to; from < total; from = to) {
      for (to = from + 1; to < total && sortedStarts[to] == sortedStarts[from]; to++) {}
      if (to - from > 1) {
        mergeRun(termArray, sortedEnds, sortedTerms, from, to);
      }
    }
    return new MergedOffsets(termArray, freqs, sortedStarts, sortedEnds, sortedTerms);
  }

  /**
   * Orders a run of matches with one start offset as the queue does: each term's matches stay in
   * their postings order, and of the terms' next matches the one with the least end, then term,
   * comes first. The run holds each term's matches together, in postings order.
   */
  private static void mergeRun(BytesRef[] terms, int[] ends, int[] termOf, int from, int to) {
    int length = to - from;
    int[] runEnds = Arrays.copyOfRange(ends, from, to);
    int[] runTerms = Arrays.copyOfRange(termOf, from, to);
    boolean[] taken = new boolean[length];
    for (int out = from; out < to; out++) {
      int best = -1;
      for (int i = 0; i < length; i++) {
        boolean head = !taken[i] && (i == 0 || runTerms[i - 1] != runTerms[i] || taken[i - 1]);
        if (head && (best < 0 || before(runEnds[i], terms[runTerms[i]], runEnds[best], terms[runTerms[best]]))) {
          best = i;
        }
      }
      taken[best] = true;
      ends[out] = runEnds[best];
      termOf[out] = runTerms[best];
    }
  }

  private static boolean before(int end, BytesRef term, int otherEnd, BytesRef otherTerm) {
    return end != otherEnd ? end < otherEnd : term.compareTo(otherTerm) < 0;
  }

  @Override
  public boolean nextPosition() {
    return ++current < starts.length;
  }

  @Override
  public int freq() {
    return freqs[termOf[current]];
  }

  @Override
  public BytesRef getTerm() {
    return terms[termOf[current]];
  }

  @Override
  public int startOffset() {
    return starts[current];
  }

  @Override
  public int endOffset() {
    return ends[current];
  }
}
