package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class CachingPorterStemFilterTest {

  private static Analyzer analyzer(boolean cached) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream marked = new SetKeywordMarkerFilter(source, new CharArraySet(List.of("running"), false));
        return new TokenStreamComponents(source, cached ? new CachingPorterStemFilter(marked) : new PorterStemFilter(marked));
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void givesTheTokensOfPorterStemFilter() throws IOException {
    String text = "connections connected connecting running runs ran printers printing printed "
        + "internationalization internationalizations antidisestablishmentarianism "
        + "a i y sses ies eed ing ed ational tional enci anci izer";
    try (Analyzer plain = analyzer(false); Analyzer cached = analyzer(true)) {
      assertEquals(tokens(plain, text), tokens(cached, text));
      assertEquals(tokens(plain, text), tokens(cached, text), "served from the cache the second time");
      assertEquals("running", tokens(cached, text).get(3).split("@")[0], "keywords are not stemmed");
    }
  }

  @Test
  void collidingWordsReplaceEachOtherWithoutMixingStems() throws IOException {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    String[] endings = {"", "s", "es", "ing", "ed", "ation", "ness", "ly", "ful", "izes"};
    for (int i = 0; i < 60_000; i++) {
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append((char) ('a' + random.nextInt(6)));
      }
      text.append(endings[random.nextInt(endings.length)]).append(' ');
    }
    try (Analyzer plain = analyzer(false); Analyzer cached = analyzer(true)) {
      assertEquals(tokens(plain, text.toString()), tokens(cached, text.toString()));
    }
  }
}
