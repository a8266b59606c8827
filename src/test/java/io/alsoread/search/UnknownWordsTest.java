package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import io.alsoread.index.Analyzers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words no article holds are named, with the likeliest word one typing slip away ({@link Spelling}). */
class UnknownWordsTest {
  private static TestIndex index;
  private static final UnknownWords UNKNOWN = new UnknownWords(Analyzers.perField());
  private static final Spelling SPELLING = new Spelling(Analyzers.perField());

  @BeforeAll
  static void build() throws IOException {
    List<TestIndex.Entry> entries = new ArrayList<>();
    // "printer" in three articles, "printed" and "pointer" (also one slip from "pointer"'s typos) in fewer
    entries.add(new TestIndex.A("https://a.example/1/").title("Printer offline").body("The printer is offline.").entry());
    entries.add(new TestIndex.A("https://a.example/2/").title("Printer queue").body("Clear the printer queue.").entry());
    entries.add(new TestIndex.A("https://a.example/3/").title("Printer driver").body("Update the printer driver.").entry());
    entries.add(new TestIndex.A("https://a.example/4/").title("Mouse pointer").body("The pointer froze; the page printed.").entry());
    entries.add(new TestIndex.A("https://a.example/5/").title("Café notes").body("Notes from the café.").entry());
    // "panel" in two articles, "cancel" in one
    entries.add(new TestIndex.A("https://a.example/6/").title("Control panel").body("Open the panel.").entry());
    entries.add(new TestIndex.A("https://a.example/7/").title("Panel").body("A panel.").entry());
    entries.add(new TestIndex.A("https://a.example/8/").title("Print jobs").body("Cancel all print jobs.").entry());
    // "online" in more articles than "offline", but never with "printer"
    entries.add(new TestIndex.A("https://a.example/9/").title("Shop online").body("Buy it online.").entry());
    entries.add(new TestIndex.A("https://a.example/10/").title("Online course").body("Learn online.").entry());
    // CJK text, searched as pairs of characters
    entries.add(new TestIndex.A("https://a.example/11/").title("使用说明").body("使用说明 for the scanner.").entry());
    index = new TestIndex(entries);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static IndexReader reader() {
    return index.searcher.getIndexReader();
  }

  @Test
  void aCorrectionDoesNotDependOnTheOrderTheArticlesWereWrittenIn() throws IOException {
    // "experiment" and "experience" share the term "experi"; three bodies of forty write "experiment"
    List<TestIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String word = i < 3 ? "experiment" : "experience";
      entries.add(new TestIndex.A("https://e.example/" + i + "/").title("Notes " + i).body("An " + word + " with light.").entry());
    }
    List<TestIndex.Entry> reversed = new ArrayList<>(entries);
    java.util.Collections.reverse(reversed);
    try (TestIndex first = new TestIndex(entries); TestIndex last = new TestIndex(reversed)) {
      assertEquals(SPELLING.correction("expriment", first.searcher.getIndexReader()),
          SPELLING.correction("expriment", last.searcher.getIndexReader()));
    }
  }

  @Test
  void slipsAreOneLetterLeftOutAddedChangedOrTwoSwapped() {
    Set<String> slips = Spelling.slips("ab").keySet();
    assertTrue(slips.containsAll(Set.of("a", "b", "ba", "xb", "ax", "xab", "axb", "abx")), slips.toString());
    assertFalse(slips.contains("ab"), "not the word itself");
    assertFalse(slips.contains("abab"));
    // deletions 2, swaps 1, replacements 2 x 25, insertions 3 x 26, less repeats: "aab", "abb"
    assertEquals(2 + 1 + 50 + 78 - 2, slips.size());
  }

  @Test
  void slipsTypistsMakeOftenAreLikelier() {
    Map<String, Float> slips = Spelling.slips("ofline");
    assertTrue(slips.get("offline") > slips.get("online"), "a double letter left out, before an 'n' typed as the far 'f'");
    assertTrue(slips.get("ogline") > slips.get("ozline"), "a key next to the one typed, before a far one");
    assertTrue(slips.get("ofilne") > slips.get("ofine"), "two letters swapped, before one added far from its neighbours");
    assertTrue(slips.get("ofkline") > slips.get("pfline"), "a slip in the first letter is the least likely");
    assertTrue(Spelling.near('s', 'x') && Spelling.near('a', 'q') && Spelling.near('g', 'g') && !Spelling.near('f', 'n'));
    assertFalse(Spelling.near('q', 'p') || Spelling.near('1', '2'));
  }

  @Test
  void theLikeliestCorrectionIsTheSlipMostArticlesHoldCasedAsTyped() throws IOException {
    assertEquals("printer", SPELLING.correction("prnter", reader()));
    assertEquals("Printer", SPELLING.correction("Pinter", reader()), "'printer' (3 articles) before 'pointer' (1), both a letter added");
    assertEquals("POINTER", SPELLING.correction("POINTR", reader()));
    assertEquals("offline", SPELLING.correction("offlien", reader()), "as the bodies write it, not 'offlin', which stems alike");
    assertEquals("cancel", SPELLING.correction("canel", reader()), "a slip that keeps the first letter before one 'panel' holds more");
    assertNull(SPELLING.correction("xyzzy", reader()), "nothing one slip away");
    assertNull(SPELLING.correction("prt", reader()), "too short to guess");
    assertEquals("queue", SPELLING.correction("qeue", reader()));
    assertNull(SPELLING.correction("cafë", reader()), "only plain letters are corrected");
  }

  @Test
  void theOtherWordsOfTheQueryChooseAmongSlips() throws IOException {
    assertEquals("offline", SPELLING.correction("ofline", reader()), "alone, the likelier slip, though more articles hold 'online'");
    assertEquals("printer offline", UNKNOWN.in("printer ofline", reader()).suggestion(), "with 'printer', the one held with it");
    assertEquals("shop online", UNKNOWN.in("shop ofline", reader()).suggestion(), "with 'shop', the less likely slip held with it");
  }

  @Test
  void theSuggestionReplacesEachCorrectableWordAndKeepsTheRest() throws IOException {
    UnknownWords.Found found = UNKNOWN.in("  Prnter (offlien), xyzzy queue ", reader());
    assertEquals(List.of("Prnter", "offlien", "xyzzy"), found.words());
    assertEquals("Printer (offline), xyzzy queue", found.suggestion());
    UnknownWords.Found none = UNKNOWN.in("xyzzy qwerty xyzzy", reader());
    assertEquals(List.of("xyzzy", "qwerty"), none.words(), "each once");
    assertNull(none.suggestion());
    assertEquals(UnknownWords.Found.NONE, UNKNOWN.in("printer the queue", reader()));
    assertEquals("printer\u3000offline", UNKNOWN.in("printer\u3000offlien", reader()).suggestion(), "words split as the parser splits them");
    assertEquals("offline's queue", UNKNOWN.in("offlien's queue", reader()).suggestion());
    assertEquals(List.of("Offlien"), UNKNOWN.in("Offlien offlien", reader()).words(), "one word in two cases");
    assertEquals("printer queue offline canel", UNKNOWN.in("prnter qeue offlien canel", reader()).suggestion(), "the first three are corrected");
  }

  @Test
  void aNameNearAFieldsIsTakenForIt() throws IOException {
    assertEquals("tag:win10", UnknownWords.fieldMeant("tags:win10"));
    assertEquals("category:ai", UnknownWords.fieldMeant("Categories:ai"));
    assertEquals("keywords:epson", UnknownWords.fieldMeant("keyword:epson"));
    assertEquals("title:printer", UnknownWords.fieldMeant("titel:printer"));
    assertNull(UnknownWords.fieldMeant("step:open"), "a short name is taken only one letter off");
    assertNull(UnknownWords.fieldMeant("tag:win10"), "a field as it is");
    assertEquals("tag:win10", UnknownWords.fieldMeant("Tag:win10"), "the parser's field names are lower case");
    assertNull(UnknownWords.fieldMeant("win10"));
    assertEquals("printer tag:win10", UNKNOWN.in("printer tags:win10", reader()).suggestion());
  }

  @Test
  void aQueryWithSyntaxGetsTheFieldsItsMisspeltNamesMeant() throws IOException {
    assertEquals("title:\"printer offline\"", UnknownWords.fieldsMeant("tittle:\"printer offline\""));
    assertEquals("tag:\"windows 11\" AND (category:[a TO b] OR -site:x)",
        UnknownWords.fieldsMeant("Tags:\"windows 11\" AND (ctegory:[a TO b] OR -sit:x)"));
    assertNull(UnknownWords.fieldsMeant("title:\"printer offline\" tag:win10"), "fields as they are");
    assertNull(UnknownWords.fieldsMeant("\"see https://example.com/a\" step:(one two)"), "a link, and a word too far from a field");
    assertNull(UnknownWords.fieldsMeant("\"fix 5: tittle\""), "a colon before a space is text");
    assertEquals("title:/printer", UnknownWords.fieldsMeant("tittle:/printer"), "a slash is text, but not a link's two");
    assertNull(UnknownWords.fieldsMeant("\"see tittle:x\" OR a"), "a colon in a phrase is text");
    assertEquals("\"a \\\" b\" title:x", UnknownWords.fieldsMeant("\"a \\\" b\" titel:x"), "an escaped quote ends no phrase");
    ArticleSearch search = new ArticleSearch();
    assertEquals("title:\"printer offline\"", search.search(index.searcher, SearchRequest.of("titel:\"printer offline\"")).suggestion());
    assertEquals(List.of(), search.search(index.searcher, SearchRequest.of("titel:\"printer offline\"")).unknownWords());
  }

  @Test
  void aSearchNamesItsUnknownWordsAndSuggests() throws IOException {
    ArticleSearch search = new ArticleSearch();
    SearchResult typo = search.search(index.searcher, SearchRequest.of("printer offlien").withCollapse(false));
    assertEquals(3, typo.total(), "searched without the unknown word");
    assertEquals(List.of("offlien"), typo.unknownWords());
    assertEquals("printer offline", typo.suggestion());
    SearchResult one = search.search(index.searcher, SearchRequest.of("prnter"));
    assertEquals(0, one.total());
    assertEquals("printer", one.suggestion(), "a query of one unknown word");
    SearchResult known = search.search(index.searcher, SearchRequest.of("printer offline"));
    assertEquals(List.of(), known.unknownWords());
    assertNull(known.suggestion());
    assertNull(search.search(index.searcher, SearchRequest.of("title:prnter")).suggestion(), "syntax on purpose is taken as typed");
    SearchResult split = search.search(index.searcher, SearchRequest.of("printer-offlien"));
    assertEquals(0, split.total(), "the parts of one split word are not words of their own to leave out");
    assertEquals(List.of("offlien"), split.unknownWords(), "but the unknown part is named");
    assertEquals("printer-offline", split.suggestion());
    SearchResult partOfMany = search.search(index.searcher, SearchRequest.of("printer-offlien queue"));
    assertEquals(List.of("offlien"), partOfMany.unknownWords());
    assertEquals("printer-offline queue", partOfMany.suggestion());
  }

  @Test
  void aCjkWordIsFoundWhereItIsWrittenAndLeftOutWhereItIsNot() throws IOException {
    ArticleSearch search = new ArticleSearch();
    assertEquals(1, search.search(index.searcher, SearchRequest.of("使用")).total());
    SearchResult unknown = search.search(index.searcher, SearchRequest.of("scanner 中文"));
    assertEquals(1, unknown.total(), "searched without the CJK word no article holds, as its characters are not found apart");
    assertEquals(List.of("中文"), unknown.unknownWords());
    SearchResult reversed = search.search(index.searcher, SearchRequest.of("用使"));
    assertEquals(0, reversed.total(), "both characters are written, but not in this order");
    assertEquals(List.of("用使"), reversed.unknownWords());
  }
}
