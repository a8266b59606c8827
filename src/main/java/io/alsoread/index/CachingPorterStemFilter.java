package io.alsoread.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * {@link PorterStemFilter} with a small cache of recent stems: the same few thousand words make up
 * most of a crawl's text, and stemming each occurrence again was a ninth of the time spent writing
 * the index. Gives exactly the tokens of {@code PorterStemFilter}, which still stems every word the
 * cache does not hold.
 *
 * <p>The cache is direct-mapped (a word replaces whatever shared its slot) and keeps its words and
 * stems in two flat arrays, so that a lookup touches one or two cache lines; words of {@link #WIDTH}
 * characters or more are not cached. One instance serves one thread, as token streams do.
 */
final class CachingPorterStemFilter extends TokenFilter {
  /** Slots per cache: 8,192 words, 512 KB of characters. */
  private static final int BITS = 13;

  private static final int WIDTH = 16;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final char[] words = new char[(1 << BITS) * WIDTH];
  private final char[] stems = new char[(1 << BITS) * WIDTH];
  private final byte[] wordLengths = new byte[1 << BITS];
  private final byte[] stemLengths = new byte[1 << BITS];

  /** Hands the current token, once, to {@link #stemmer}: it shares this filter's attributes. */
  private final OneToken current = new OneToken(this);

  private final TokenStream stemmer = new PorterStemFilter(current);

  CachingPorterStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    int length = term.length();
    if (length >= WIDTH) {
      stemCurrent();
      return true;
    }
    char[] buffer = term.buffer();
    int hash = length;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buffer[i];
    }
    int slot = (hash * 0x9E3779B9) >>> (32 - BITS);
    int at = slot * WIDTH;
    if (wordLengths[slot] == length && Arrays.equals(words, at, at + length, buffer, 0, length)) {
      int stemLength = stemLengths[slot];
      System.arraycopy(stems, at, buffer, 0, stemLength);
      term.setLength(stemLength);
      return true;
    }
    System.arraycopy(buffer, 0, words, at, length);
    stemCurrent();
    int stemLength = term.length(); // a stem is never longer than its word
    System.arraycopy(term.buffer(), 0, stems, at, stemLength);
    wordLengths[slot] = (byte) length;
    stemLengths[slot] = (byte) stemLength;
    return true;
  }

  private void stemCurrent() throws IOException {
    current.offer();
    stemmer.incrementToken();
  }

  /** A stream over the attributes of another that yields the token already in them, once per {@link #offer()}. */
  private static final class OneToken extends TokenStream {
    private boolean pending;

    OneToken(TokenStream shared) {
      super(shared);
    }

    void offer() {
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      boolean yield = pending;
      pending = false;
      return yield;
    }
  }
}
