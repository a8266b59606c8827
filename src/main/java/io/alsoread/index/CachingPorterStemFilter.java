package io.alsoread.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Porter stemming, exactly as {@link PorterStemFilter} does it, with a cache of the words already
 * stemmed: a crawl uses the same words over and over, and stemming each occurrence again was the
 * largest part of analysis. One cache per filter, so per analysing thread; it is emptied when full.
 */
final class CachingPorterStemFilter extends TokenFilter {
  private static final int MAX_WORDS = 100_000;

  private final int maxWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
  private final OneWord word = new OneWord();
  private final TokenStream stemmer = new PorterStemFilter(word);
  private final CharTermAttribute stemmed = word.getAttribute(CharTermAttribute.class);

  CachingPorterStemFilter(TokenStream input) {
    this(input, MAX_WORDS);
  }

  /** A filter whose cache holds at most {@code maxWords} words. */
  CachingPorterStemFilter(TokenStream input, int maxWords) {
    super(input);
    this.maxWords = maxWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true; // PorterStemFilter leaves keywords alone too
    }
    char[] buffer = term.buffer();
    int length = term.length();
    char[] stem = stems.get(buffer, 0, length);
    if (stem == null) {
      stem = stem(buffer, length);
      if (stems.size() >= maxWords) {
        stems.clear();
      }
      stems.put(Arrays.copyOf(buffer, length), stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  private char[] stem(char[] buffer, int length) throws IOException {
    word.set(buffer, length);
    stemmer.reset();
    stemmer.incrementToken();
    return Arrays.copyOf(stemmed.buffer(), stemmed.length());
  }

  /** A stream of one word, for the stemmer to read. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void set(char[] buffer, int length) {
      term.copyBuffer(buffer, 0, length);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      if (!pending) {
        return false;
      }
      pending = false;
      return true;
    }
  }
}
