package io.alsoread.search;

import static io.alsoread.search.SampleCorpus.B;
import static io.alsoread.search.SampleCorpus.G;
import static io.alsoread.search.SampleCorpus.P1;
import static io.alsoread.search.SampleCorpus.P2;
import static io.alsoread.search.SampleCorpus.P3;
import static io.alsoread.search.SampleCorpus.R;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.BadQueryException;
import io.alsoread.Hit;
import io.alsoread.SearchRequest;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each query syntax matches, over {@link SampleCorpus}. */
class QueryParsingTest {
  private static TestIndex index;
  private static final ArticleSearch search = new ArticleSearch();

  @BeforeAll
  static void build() throws IOException {
    index = SampleCorpus.index();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> urls(String query) throws IOException {
    return search.search(index.searcher, SearchRequest.of(query).withCollapse(false).withPage(100, 0))
        .hits().stream().map(Hit::url).collect(Collectors.toSet());
  }

  private static String error(String query) {
    return assertThrows(BadQueryException.class, () -> urls(query), query).getMessage();
  }

  @Test
  void everyUserFieldName() throws IOException {
    assertEquals(Set.of(P1, P2, P3), urls("title:printer"));
    assertEquals(Set.of(P1, P2, P3), urls("body:spooler"));
    assertEquals(Set.of(P1), urls("keywords:spooler"));
    assertEquals(Set.of(P1), urls("description:offline"));
    assertEquals(Set.of(P1, P2, P3), urls("tag:WIN10"));
    assertEquals(Set.of(B), urls("tag:bluetooth"));
    assertEquals(Set.of(P1, P2, P3, G), urls("category:hardware"));
    assertEquals(Set.of(P1, P3), urls("category:\"Hardware/Tech\""));
    assertEquals(Set.of(P1, P3), urls("category:hardware/tech"));
    assertEquals(Set.of(G), urls("category:drivers"));
    assertEquals(Set.of(P2, B), urls("site:TWO.example"));
    assertEquals(Set.of(P1), urls("anchor:help"));
    assertEquals(Set.of(P1), urls("date:2024-03-05"));
  }

  @Test
  void urlsAreNormalisedQuotedOrNot() throws IOException {
    assertEquals(Set.of(P1), urls("url:\"https://one.example/printer-offline/\""));
    assertEquals(Set.of(P1), urls("url:https://one.example/printer-offline/"));
    assertEquals(Set.of(P1), urls("url:\"HTTP://ONE.example/printer-offline\""));
    assertEquals(Set.of(P1), urls("url:one.example/printer-offline"));
    assertEquals(Set.of(G), urls("links_to:\"https://one.example/printer-offline/\""));
    assertEquals(Set.of(G), urls("links_to:http://one.example/printer-offline#top"));
    assertEquals(Set.of(), urls("links_to:\"https://nowhere.example/\""));
  }

  @Test
  void dateRangesAndPeriods() throws IOException {
    assertEquals(Set.of(P1, P3), urls("date:[2024-01-01 TO 2024-06-30]"));
    assertEquals(Set.of(P1, P3, B), urls("date:2024"));
    assertEquals(Set.of(P3), urls("date:2024-05"));
    assertEquals(Set.of(P3, B), urls("date:{2024-03-05 TO *]"));
    assertEquals(Set.of(P2, R), urls("date:[* TO 2024-03-04]"));
    // an open bound excludes nothing, whichever bracket stands by it
    assertEquals(Set.of(P2, R), urls("date:{* TO 2024-03-04]"));
    assertEquals(Set.of(R), urls("date:{* TO 2023-12-31}"), "the day at the closed end is excluded");
    assertEquals(Set.of(P3, B), urls("date:{2024-03-05 TO *}"));
    assertEquals(Set.of(P1, P2, P3, B, R), urls("date:{* TO *}"));
    assertEquals(Set.of(P2), urls("date:[2023-12-31 TO 2023-12-31]"));
    assertEquals(Set.of(P1), urls("date:[2024-03-05T09:00:00Z TO 2024-03-05T11:00:00Z]"));
  }

  @Test
  void caseAndAccentsFold() throws IOException {
    assertEquals(Set.of(B, R), urls("CAFE"));
    assertEquals(Set.of(B, R), urls("café"));
    assertEquals(Set.of(R), urls("resume"));
    assertEquals(Set.of(R), urls("naive"));
    assertEquals(Set.of(R), urls("tag:cafe"));
    assertEquals(Set.of(B), urls("BlueTooth"));
  }

  @Test
  void englishStemming() throws IOException {
    assertEquals(Set.of(G), urls("crash"));
    assertEquals(Set.of(G), urls("crashed"));
    assertEquals(Set.of(P1, P2, P3, G), urls("drivers"));
    assertEquals(Set.of(B), urls("disconnect"));
  }

  @Test
  void classicSyntax() throws IOException {
    assertEquals(Set.of(P1, P2, P3), urls("\"print spooler\""));
    assertEquals(Set.of(G), urls("driver -printer"));
    assertEquals(Set.of(P1, P2, P3), urls("+printer +driver"));
    assertEquals(Set.of(P1, P2, P3, B), urls("printer OR bluetooth"));
    assertEquals(Set.of(G), urls("driver AND NOT printer"));
    assertEquals(Set.of(B), urls("(printer OR bluetooth) AND tag:win11"));
    assertEquals(Set.of(P1, P2, P3), urls("print*"));
    assertEquals(Set.of(B), urls("*tooth"));
    assertEquals(Set.of(B), urls("blu?tooth"));
    assertEquals(Set.of(B), urls("bluetoth~"));
    assertEquals(Set.of(P1, P2, P3, B), urls("printer^3 bluetooth"));
    assertEquals(Set.of(P1, P2, P3, B, G, R), urls("*"));
    assertEquals(Set.of(P1, P2, P3, B, G, R), urls("*:*"));
    assertEquals(Set.of(P1, P2, P3, B, G, R), urls(""));
    assertEquals(Set.of(P1, P2, P3, B, G, R), urls("title:*"));
    assertEquals(Set.of(P1), urls("description:*"));
    assertEquals(Set.of(P1, P2, P3, B, R), urls("date:*"));
    assertEquals(Set.of(), urls("the of and"));
  }

  @Test
  void onlyExcludedWordsMeanEveryOtherArticle() throws IOException {
    assertEquals(Set.of(B, G, R), urls("-printer"));
    assertEquals(Set.of(B, G, R), urls("NOT printer"));
    assertEquals(Set.of(G, R), urls("-printer -bluetooth"));
    assertEquals(Set.of(B, G, R), urls("bluetooth OR (-printer)"));
    assertEquals(Set.of(B), urls("tag:win11 AND (-printer)"));
    assertEquals(Set.of(G), urls("driver -printer")); // with a word to match, only that word's articles
  }

  @Test
  void incidentalPunctuationSearchesAsText() throws IOException {
    assertEquals(Set.of(P1, P2, P3), urls("Step 1: Restart the print spooler"));
    assertEquals(Set.of(P1, P2, P3), urls("Printer offline?"));
    assertEquals(Set.of(P1, P2, P3), urls("spooler/driver"));
    assertEquals(Set.of(P1, P2, P3), urls("Restart - the print spooler"));
    assertEquals(Set.of(P1, P2, P3), urls("print spooler]"));
    assertEquals(Set.of(P1, P2, P3), urls("(print spooler"));
    assertEquals(Set.of(P1, P2, P3), urls("offline printer\""));
    assertEquals(Set.of(P1, P2, P3), urls("Printer: offline spooler"));
    assertEquals(Set.of(P1, P2, P3), urls("Printer: \"offline spooler"));
    assertEquals(Set.of(P1, P2, P3), urls("print spooler [restart"));
    // wildcards alone do not make a query that fails to parse an error: pasted URLs have them
    assertEquals(Set.of(P1, P2, P3), urls("spooler* (restart"));
  }

  @Test
  void badSyntaxIsOneLinePointingAtTheProblem() {
    // columns count from 1; the end of the query is the column after its last character
    assertEquals("Cannot parse 'title:(': unexpected end of query at column 8", error("title:("));
    assertEquals("Cannot parse 'printer AND': unexpected end of query at column 12", error("printer AND"));
    assertEquals("Cannot parse 'title:printer )': unexpected ')' at column 15", error("title:printer )"));
    assertEquals("Cannot parse 'a: title:(x': unexpected end of query at column 12", error("a: title:(x"));
    assertEquals("Cannot parse 'a/b: title:(x )) y': unexpected ')' at column 16", error("a/b: title:(x )) y"));
    assertEquals("Cannot parse 'date:yesterday': 'yesterday' is not a date (expected 2024, 2024-06, 2024-06-30 or 2024-06-30T08:00:00Z)",
        error("date:yesterday"));
    assertTrue(error("date:2024*").contains("date takes a day"));
    // a quote or range opened right after a known field is syntax, never closed
    assertEquals("Cannot parse 'tag:\"windows 11': unexpected end of query at column 16", error("tag:\"windows 11"));
    assertTrue(error("body:[a TO").startsWith("Cannot parse 'body:[a TO': "), error("body:[a TO"));
    assertTrue(error("title:{printer").startsWith("Cannot parse 'title:{printer': "));
    for (String q : new String[] {"title:(", "printer AND", "OR", "date:[2024 TO x]", "title:\"a\" )"}) {
      String message = error(q);
      assertTrue(!message.contains("\n") && message.startsWith("Cannot parse '" + q + "': "), message);
    }
  }

  @Test
  void tooManyClausesIsRefused() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 1100; i++) { // more words than a query may have clauses
      q.append("word").append(i).append(' ');
    }
    String message = error(q.toString());
    assertTrue(message.startsWith("too many terms: '"), message);
  }
}
