package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** TAB completion of commands, fields and facet values. */
class ReplCompleterTest {

  private final ReplCompleter completer = new ReplCompleter(new FakeEngine()::facetValues);

  private List<String> complete(String line) {
    DefaultParser parser = new DefaultParser();
    parser.setQuoteChars(new char[0]);
    parser.setEscapeChars(new char[0]);
    ParsedLine parsed = parser.parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE);
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, parsed, candidates);
    String word = parsed.word().substring(0, parsed.wordCursor()).toLowerCase();
    // JLine keeps the candidates that start with the word being completed
    return candidates.stream().map(Candidate::value).filter(v -> v.toLowerCase().startsWith(word)).toList();
  }

  @Test
  void commands() {
    assertEquals(List.of(":tag"), complete(":ta"));
    assertTrue(complete(":").containsAll(List.of(":category", ":reindex", ":quit")));
  }

  @Test
  void facetValuesAfterAFacetCommand() {
    assertEquals(List.of("cooking"), complete(":tag coo"));
    assertEquals(List.of("win10", "windows 11"), complete(":tag WIN"));
    assertEquals(List.of("hardware", "hardware/tech"), complete(":category hard"));
    assertEquals(List.of("2024", "2023"), complete(":year 20"));
  }

  @Test
  void aValueWithSpacesCompletesFromTheWordBeingTyped() {
    assertEquals(List.of("11"), complete(":tag windows 1"));
  }

  @Test
  void aQuotedValueAfterAFacetCommand() {
    assertEquals(List.of("11\""), complete(":tag \"windows 1"));
    assertEquals(List.of("\"win10\"", "\"windows 11\""), complete(":tag \"win"));
  }

  @Test
  void aQuotedOrEscapedValueInAQueryCompletesAsAValue() {
    assertEquals(List.of("11\""), complete("printer tag:\"windows 1"), "not field names after the quoted space");
    assertEquals(List.of("11"), complete("printer tag:windows\\ 1"));
    assertEquals(List.of("11\""), complete("-tag:\"WINDOWS 1"));
    assertEquals(List.of(), complete("title:\"windows 1"), "a phrase in a text field has no values to complete");
    assertEquals(List.of(), complete("\"printer t"), "nor a phrase without a field");
    assertEquals(List.of("title:", "tag:"), complete("\"printer offline\" t"), "after a closed phrase, a new term");
    assertEquals(List.of("tag:\"win10\"", "tag:\"windows 11\""), complete("printer tag:\"win"), "an open quote before any space");
    assertEquals(List.of("+tag:\"windows 11\""), complete("+tag:\"windows"));
    assertEquals(List.of("11"), complete("tag:windows\\ 1"));
    assertEquals(List.of("tips"), complete("tag:c++\\ t"), "escaped as typed, not as completion escapes");
    assertEquals(List.of("tips"), complete("tag:c\\+\\+\\ t"));
  }

  @Test
  void sortOrdersAndClearableFacets() {
    assertEquals(List.of("newest"), complete(":sort n"));
    assertEquals(List.of("category"), complete(":clear c"));
  }

  @Test
  void fieldNamesInAQuery() {
    assertEquals(List.of("title:", "tag:"), complete("printer t"));
    assertTrue(complete("").contains("links_to:"));
    assertEquals(List.of(), complete("win"), "a plain word gets no field names that do not start with it");
    assertEquals(List.of("+title:"), complete("+ti"));
  }

  @Test
  void facetValuesAfterAFieldInAQuery() {
    assertEquals(List.of("tag:win10", "tag:windows\\ 11"), complete("printer tag:win"));
    assertEquals(List.of("+category:hardware", "+category:hardware\\/tech"), complete("+category:ha"));
  }

  @Test
  void escapesLuceneSyntax() {
    assertEquals("a\\ b\\/c\\:d", ReplCompleter.escapeTerm("a b/c:d"));
  }

  @Test
  void helpAndCompletionNameEveryFieldAQueryCanName() {
    assertEquals(List.of("title", "body", "keywords", "description", "tag", "category", "site", "url", "date", "links_to", "anchor"),
        ReplHelp.FIELDS, "the query's fields, text fields first");
  }
}
