package io.alsoread.search;

import io.alsoread.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A term that a text is searched as in the words field, where every word of the default fields
 * is counted, and the characters of the text it was made of.
 *
 * @param term the analysed term (folded, stemmed)
 * @param start where its characters start in the text
 * @param end where they end, exclusive
 */
record WordsTerm(String term, int start, int end) {

  /** The terms {@code analyzer} makes of {@code text} in the words field, in order (none for stop words alone). */
  static List<WordsTerm> of(Analyzer analyzer, String text) throws IOException {
    List<WordsTerm> terms = new ArrayList<>(2);
    try (TokenStream tokens = analyzer.tokenStream(Fields.WORDS, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(new WordsTerm(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    }
    return terms;
  }
}
