package io.alsoread.index;

import io.alsoread.util.BoundedLru;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The analysed tokens of the bodies written last, so that a body republished under another title
 * is analysed once. A body is its first block (the title heading, for the network's copies), a
 * blank line, and the rest: the rest's tokens are kept by its text, and a body whose rest was
 * analysed lately gets them back, shifted behind its own first block. The body analyzer splits
 * words at line breaks and changes each word on its own (see {@link Analyzers#text()}), so the
 * tokens are those of the whole text; the stop words the first block ends with move the rest's
 * first position, as they do in one piece. Bounded by an estimate of the bytes it holds, least
 * recently used first out; thread-safe.
 */
final class BodyTokenCache {
  /** Where a body's first block ends: the first blank line (also the split of {@link ParsedArticles}). */
  static final String BLOCK_BREAK = "\n\n";

  private final long maxBytes;
  private final BoundedLru<String, Tokens> entries;

  /** A cache of about {@code maxBytes}; 0 keeps nothing. */
  BodyTokenCache(long maxBytes) {
    this.maxBytes = maxBytes;
    this.entries = new BoundedLru<>(maxBytes, (rest, tokens) -> 2L * rest.length() + tokens.bytes());
  }

  /** A thirty-second of the heap, 44 MB with the launcher's: the 7-site crawl, in walk order, needs a fraction of that. */
  static BodyTokenCache ofHeap() {
    return new BodyTokenCache(Runtime.getRuntime().maxMemory() / 32);
  }

  /**
   * The tokens of {@code text} analysed by {@code analyzer} as field {@code field}, in a stream
   * that reuses {@code reuse} when it is one of this cache's; null when the text has no blank line
   * to split at (the caller analyses it as usual).
   */
  TokenStream tokens(Analyzer analyzer, String field, String text, TokenStream reuse) throws IOException {
    int split = text.indexOf(BLOCK_BREAK);
    if (split < 0 || maxBytes == 0) {
      return null;
    }
    String rest = text.substring(split + BLOCK_BREAK.length());
    Tokens restTokens = get(rest);
    if (restTokens == null) {
      restTokens = Tokens.record(analyzer.tokenStream(field, rest), true);
      if (restTokens == null) {
        return null;
      }
      put(rest, restTokens);
    }
    Tokens first = Tokens.record(analyzer.tokenStream(field, text.substring(0, split)), false);
    if (first == null) {
      return null;
    }
    Replay replay = reuse instanceof Replay own ? own : new Replay();
    replay.start(first, restTokens, split + BLOCK_BREAK.length());
    return replay;
  }

  private Tokens get(String rest) {
    return entries.get(rest);
  }

  private void put(String rest, Tokens tokens) {
    entries.put(rest, tokens);
  }

  /**
   * {@code tokens} counting its words into {@code words} with {@code weight} when it is one of this
   * cache's streams (faster than a tap: a cached text's words were counted once); else null.
   */
  static TokenStream countingInto(TokenStream tokens, WeightedWords words, int weight) {
    return tokens instanceof Replay replay ? replay.countingInto(words, weight) : null;
  }

  /** Entries held. */
  int size() {
    return entries.size();
  }

  /**
   * The tokens of one text as the index takes them: term, position increment and offsets, and
   * the position increment and offset that end the stream.
   */
  private record Tokens(char[] chars, int[] termEnds, int[] positionIncrements, int[] startOffsets, int[] endOffsets,
      int count, int endPositionIncrement, int endOffset, WeightedWords.Counts counts) {

    /**
     * The tokens of {@code stream}, consumed and closed, with their word counts when {@code counted}
     * (a cached text's, replayed into many articles; else null); null when it sets what this cannot replay.
     */
    static Tokens record(TokenStream stream, boolean counted) throws IOException {
      try (stream) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
        char[] chars = new char[256];
        int used = 0;
        int[] termEnds = new int[64];
        int[] increments = new int[64];
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        boolean replayable = true;
        stream.reset();
        while (stream.incrementToken()) {
          replayable &= length.getPositionLength() == 1 && frequency.getTermFrequency() == 1;
          if (count == termEnds.length) {
            int grown = count * 2;
            termEnds = Arrays.copyOf(termEnds, grown);
            increments = Arrays.copyOf(increments, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
          }
          if (used + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
          }
          System.arraycopy(term.buffer(), 0, chars, used, term.length());
          used += term.length();
          termEnds[count] = used;
          increments[count] = increment.getPositionIncrement();
          starts[count] = offset.startOffset();
          ends[count] = offset.endOffset();
          count++;
        }
        stream.end();
        if (!replayable) {
          return null;
        }
        char[] allChars = Arrays.copyOf(chars, used);
        int[] allEnds = Arrays.copyOf(termEnds, count);
        return new Tokens(allChars, allEnds, Arrays.copyOf(increments, count),
            Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), count, increment.getPositionIncrement(), offset.endOffset(),
            counted ? WeightedWords.Counts.of(allChars, allEnds, count) : null);
      }
    }

    long bytes() {
      return 2L * chars.length + 16L * count + 96 + (counts == null ? 0 : counts.bytes());
    }
  }

  /** Plays the first block's tokens, then the rest's, shifted: the token stream of the whole body. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private Tokens first;
    private Tokens rest;
    private int shift;
    private int next;
    private WeightedWords words;
    private int weight;

    void start(Tokens firstTokens, Tokens restTokens, int restStart) {
      this.first = firstTokens;
      this.rest = restTokens;
      this.shift = restStart;
      this.words = null;
    }

    /** Counts the body's words into {@code words} with {@code weight}: the rest's at once, as counted when it was analysed, and the first block's as they pass. */
    TokenStream countingInto(WeightedWords words, int weight) {
      this.words = words;
      this.weight = weight;
      words.addAll(rest.counts, weight);
      return this;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= first.count + rest.count) {
        return false;
      }
      // No clearAttributes(): each token sets every attribute the stream has but the type, position
      // length and frequency, which stay at their defaults; clearing all of them for every token of
      // every body cost about 1% of a build's CPU time.
      if (next < first.count) {
        emit(first, next, 0, first.positionIncrements[next]);
        if (words != null) {
          words.add(term.buffer(), term.length(), weight);
        }
      } else {
        int i = next - first.count;
        int gap = i == 0 ? first.endPositionIncrement : 0;
        emit(rest, i, shift, rest.positionIncrements[i] + gap);
      }
      next++;
      return true;
    }

    private void emit(Tokens tokens, int i, int offsetShift, int positionIncrement) {
      int from = i == 0 ? 0 : tokens.termEnds[i - 1];
      term.copyBuffer(tokens.chars, from, tokens.termEnds[i] - from);
      increment.setPositionIncrement(positionIncrement);
      offset.setOffset(tokens.startOffsets[i] + offsetShift, tokens.endOffsets[i] + offsetShift);
    }

    @Override
    public void end() throws IOException {
      super.end();
      int gap = rest.count == 0 ? first.endPositionIncrement : 0;
      increment.setPositionIncrement(gap + rest.endPositionIncrement);
      offset.setOffset(shift + rest.endOffset, shift + rest.endOffset);
    }
  }
}
