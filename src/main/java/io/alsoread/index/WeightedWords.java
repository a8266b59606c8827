package io.alsoread.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The words of one article's default fields, each counted with its field's weight (see {@link
 * Fields#WORDS_WEIGHTS}) while those fields are indexed, and then indexed once more as the field
 * {@link Fields#WORDS}: one posting per word and article, with the weighted count as its frequency
 * and the weighted length as its norm (BM25F at index time). A plain query's words match and score
 * there in one posting list each, instead of one per default field. For one document, not
 * thread-safe.
 */
final class WeightedWords {
  private static final FieldType TYPE = new FieldType();

  static {
    TYPE.setTokenized(true);
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS); // custom frequencies exclude positions
    TYPE.freeze();
  }

  private final CharArrayMap<int[]> counts = new CharArrayMap<>(256, false);
  private final List<char[]> terms = new ArrayList<>();
  private final List<int[]> frequencies = new ArrayList<>();

  /** {@code tokens}, counting each term it passes with {@code weight}. */
  TokenStream tap(TokenStream tokens, int weight) {
    return new Tap(tokens, weight);
  }

  /** The tap {@code reuse} was made from, else {@code reuse}: for fields that reuse their own token streams. */
  static TokenStream untapped(TokenStream reuse) {
    return reuse instanceof Tap tap ? tap.tapped() : reuse;
  }

  /** The field of the words counted, which must come after the fields it counts in the document. */
  Field field() {
    return new Field(Fields.WORDS, "", TYPE) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return new Counted();
      }
    };
  }

  /** Counts one occurrence of a term with {@code weight}. */
  void add(char[] buffer, int length, int weight) {
    add(buffer, 0, length, weight);
  }

  /** Counts one occurrence, with {@code weight}, of the term of {@code length} chars at {@code offset} in {@code buffer}. */
  private void add(char[] buffer, int offset, int length, int weight) {
    int[] count = counts.get(buffer, offset, length);
    if (count == null) {
      char[] term = Arrays.copyOfRange(buffer, offset, offset + length);
      count = new int[1];
      counts.put(term, count);
      terms.add(term);
      frequencies.add(count);
    }
    count[0] += weight;
  }

  /** Counts every term of {@code counts}, each as many times as it occurred there, with {@code weight}. */
  void addAll(Counts counts, int weight) {
    for (int i = 0; i < counts.terms.length; i++) {
      char[] term = counts.terms[i];
      add(term, term.length, counts.occurrences[i] * weight);
    }
  }

  /** The distinct terms of a token sequence and how often each occurs, to count a text analysed once into many articles. */
  static final class Counts {
    private final char[][] terms;
    private final int[] occurrences;

    private Counts(char[][] terms, int[] occurrences) {
      this.terms = terms;
      this.occurrences = occurrences;
    }

    /** The counts of {@code count} terms laid end to end in {@code chars}, the i-th ending at {@code termEnds[i]}. */
    static Counts of(char[] chars, int[] termEnds, int count) {
      WeightedWords counter = new WeightedWords();
      int from = 0;
      for (int i = 0; i < count; i++) {
        counter.add(chars, from, termEnds[i] - from, 1);
        from = termEnds[i];
      }
      int[] occurrences = new int[counter.frequencies.size()];
      for (int i = 0; i < occurrences.length; i++) {
        occurrences[i] = counter.frequencies.get(i)[0];
      }
      return new Counts(counter.terms.toArray(char[][]::new), occurrences);
    }

    /** An estimate of the memory held. */
    long bytes() {
      long bytes = 32 + 4L * occurrences.length;
      for (char[] term : terms) {
        bytes += 24 + 2L * term.length;
      }
      return bytes;
    }
  }

  /** Counts the terms of the stream it wraps. */
  private final class Tap extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int weight;

    Tap(TokenStream input, int weight) {
      super(input);
      this.weight = weight;
    }

    TokenStream tapped() {
      return input;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      add(term.buffer(), term.length(), weight);
      return true;
    }
  }

  /** Each word counted, once, with its weighted count as its frequency. */
  private final class Counted extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == terms.size()) {
        return false;
      }
      clearAttributes();
      char[] word = terms.get(next);
      term.copyBuffer(word, 0, word.length);
      frequency.setTermFrequency(frequencies.get(next)[0]);
      next++;
      return true;
    }
  }
}
