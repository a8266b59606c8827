package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CachingPorterStemFilterTest {
  private static final String TEXT = """
      Printers printing printed prints: the printer's spooler stopped. Running runners ran; generalizations
      generalize generally. Connection connections connected connecting CONNECTED — caresses ponies ties
      caress cats feed agreed disabled matting mating meeting milling messing meetings happy sky
      relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli
      vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness
      callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti
      electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible
      irritant replacement adjustment dependent adoption homologou communism activate angulariti
      homologous effective bowdlerize probate rate cease controll roll Übergröße naïve café 2024 x86_64
      Printers printing printed prints Running runners ran connection connections
      """;

  @Test
  void stemsExactlyAsPorterStemFilterDoes() throws IOException {
    assertEquals(tokens(PorterStemFilter::new, TEXT), tokens(CachingPorterStemFilter::new, TEXT));
  }

  @Test
  void stillExactWhenTheCacheOverflowsAndEmpties() throws IOException {
    String twice = TEXT + TEXT;
    assertEquals(tokens(PorterStemFilter::new, twice), tokens(in -> new CachingPorterStemFilter(in, 7), twice));
  }

  @Test
  void leavesKeywordsAlone() throws IOException {
    CharArraySet protectedWords = new CharArraySet(List.of("printing", "connections"), false);
    Function<TokenStream, TokenStream> reference = in -> new PorterStemFilter(new SetKeywordMarkerFilter(in, protectedWords));
    Function<TokenStream, TokenStream> cached = in -> new CachingPorterStemFilter(new SetKeywordMarkerFilter(in, protectedWords));
    List<String> expected = tokens(reference, TEXT);
    assertEquals(expected, tokens(cached, TEXT));
    assertTrue(expected.stream().anyMatch(token -> token.startsWith("printing/")), "the keyword stays unstemmed");
  }

  @Test
  void theIndexAnalyzerUsesIt() throws IOException {
    try (Analyzer text = Analyzers.text(); TokenStream stream = text.tokenStream(Fields.BODY, "printers printing")) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      List<String> out = new ArrayList<>();
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
      assertEquals(List.of("printer", "print"), out);
    }
  }

  /** Term, position increment and offsets of each token of {@code text} through {@code stemmer}. */
  private static List<String> tokens(Function<TokenStream, TokenStream> stemmer, String text) throws IOException {
    Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, stemmer.apply(new LowerCaseFilter(source)));
      }
    };
    List<String> out = new ArrayList<>();
    try (analyzer) {
      for (int pass = 0; pass < 2; pass++) { // the second pass runs on a reused, warm stream
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
          OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
          }
          stream.end();
        }
      }
    }
    return out;
  }
}
