package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alsoread.index.Analyzers;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text is looked up as the terms the words field makes of it, each with the characters it came from. */
class WordsTermTest {

  @Test
  void aTextIsAnalysedAsTheWordsFieldAnalysesIt() throws IOException {
    // Folded, stemmed and split like the default fields, not kept whole like a tag; stop words dropped.
    assertEquals(List.of(new WordsTerm("printer", 0, 8), new WordsTerm("offlin", 13, 20)),
        WordsTerm.of(Analyzers.perField(), "Printers are Offline!"));
    assertEquals(List.of(new WordsTerm("cafe", 0, 4)), WordsTerm.of(Analyzers.perField(), "Café"));
    assertEquals(List.of(), WordsTerm.of(Analyzers.perField(), "the"));
  }
}
