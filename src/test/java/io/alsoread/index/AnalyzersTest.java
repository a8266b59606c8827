package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The text analyzer's terms: English words folded and stemmed, CJK runs as overlapping pairs. */
class AnalyzersTest {
  private final Analyzer text = Analyzers.text();

  private List<String> terms(String input) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = text.tokenStream(Fields.BODY, input)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void englishWordsAreFoldedStemmedAndStopWordsLeftOut() throws IOException {
    assertEquals(List.of("printer", "offlin", "cafe", "john"), terms("The Printers are OFFLINE at the Café, John's"));
  }

  @Test
  void cjkRunsArePairsOfCharacters() throws IOException {
    assertEquals(List.of("printer", "使用", "用说", "说明", "offlin"), terms("Printer 使用说明 offline"));
    assertEquals(List.of("デー", "ータ", "タを", "を復", "復旧"), terms("データを復旧"), "kana and kanji of one run pair up");
    assertEquals(List.of("使", "用"), terms("使 用"), "characters apart stay single");
    assertEquals(List.of("使", "用"), terms("使\n\n用"), "no pair across a line break, as the body cache splits there");
  }
}
