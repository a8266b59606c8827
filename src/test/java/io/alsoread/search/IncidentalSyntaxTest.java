package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.index.Fields;
import org.junit.jupiter.api.Test;

class IncidentalSyntaxTest {
  private static IncidentalSyntax.Escaped escape(String q) {
    return IncidentalSyntax.escape(q, Fields.USER_FIELDS.keySet());
  }

  private static void incidental(String query, String expected) {
    IncidentalSyntax.Escaped e = escape(query);
    assertEquals(expected, e.text(), query);
    assertFalse(e.deliberate(), query);
  }

  private static void deliberate(String query, String expected) {
    IncidentalSyntax.Escaped e = escape(query);
    assertEquals(expected, e.text(), query);
    assertTrue(e.deliberate(), query);
  }

  @Test
  void colonAfterAnUnknownWordIsText() {
    incidental("Fix 5: Delete the file", "Fix 5\\: Delete the file");
    incidental("Part1: What's new", "Part1\\: What's new");
    incidental("Gaming :Great titles", "Gaming \\:Great titles");
    incidental("2. The Aviator Travel Jib:", "2. The Aviator Travel Jib\\:");
    incidental("Title: capitalised is not a field", "Title\\: capitalised is not a field");
  }

  @Test
  void colonAfterAKnownFieldIsSyntax() {
    deliberate("title:printer", "title:printer");
    deliberate("+tag:win10 -site:x.com", "+tag:win10 -site:x.com");
    deliberate("(title:a OR body:b)", "(title:a OR body:b)");
    deliberate("url:https://x.com/a/", "url:https\\:\\/\\/x.com\\/a\\/");
    deliberate("links_to:\"https://x.com/a/\"", "links_to:\"https://x.com/a/\"");
  }

  @Test
  void questionMarksEndingWordsAreText() {
    incidental("Who is the winner?", "Who is the winner\\?");
    incidental("Why? Because", "Why\\? Because");
    incidental("(is it?)", "(is it\\?)");
    deliberate("te?t", "te?t");
  }

  @Test
  void questionMarksOfPastedLinksAreText() {
    incidental("see https://example.com/page?id=3&x=y", "see https\\:\\/\\/example.com\\/page\\?id=3&x=y");
    incidental("Mavic](<https://www.amazon.com/ref=tl?ie=UTF8", "Mavic\\](<https\\:\\/\\/www.amazon.com\\/ref=tl\\?ie=UTF8");
    deliberate("https te?t", "https te?t");
  }

  @Test
  void slashesAreAlwaysText() {
    incidental("Windows 10/11", "Windows 10\\/11");
    incidental("Controller/transmitter", "Controller\\/transmitter");
  }

  @Test
  void loneDashesAndPlusesAreText() {
    incidental("Snapseed - The best app", "Snapseed \\- The best app");
    incidental("agriculture-   DJI", "agriculture-   DJI");
    incidental("C++ guide", "C++ guide");
    deliberate("printer -bluetooth", "printer -bluetooth");
    deliberate("+printer +offline", "+printer +offline");
  }

  @Test
  void operatorsAreSyntaxOnlyInUpperCase() {
    deliberate("printer AND offline", "printer AND offline");
    deliberate("NOT printer", "NOT printer");
    deliberate("a && b", "a && b");
    incidental("Android or iOS and more", "Android or iOS and more");
    incidental("ORACLE ANDROID NOTE", "ORACLE ANDROID NOTE");
    incidental("Windows & Mac", "Windows & Mac");
  }

  @Test
  void quotesAreSyntaxOnlyWhenBalanced() {
    deliberate("5G UC Stands for \"5G Ultra Capacity\"", "5G UC Stands for \"5G Ultra Capacity\"");
    incidental("Samsung 55\" TV", "Samsung 55\\\" TV");
    deliberate("\"a: b?\" c", "\"a: b?\" c");
  }

  @Test
  void quotedPhrasesAloneKeepTheWordOrder() {
    assertTrue(escape("Why Use \"Lite\" Apps?").phrasesOnly());
    assertTrue(escape("5G UC Stands for \"5G Ultra Capacity\"").phrasesOnly());
    assertTrue(escape("\"printer offline\"").phrasesOnly());
    for (String other : new String[] {"title:\"printer\" offline", "\"printer\" AND offline", "\"printer\" -offline", "\"printer\" offl?ne",
        "Samsung 55\" TV", "Why Use Lite Apps?", "tag:\"windows 11"}) {
      assertFalse(escape(other).phrasesOnly(), other);
    }
  }

  @Test
  void rangesNeedTo() {
    deliberate("date:[2024-01-01 TO 2024-06-30]", "date:[2024-01-01 TO 2024-06-30]");
    deliberate("date:{2024 TO *]", "date:{2024 TO *]");
    incidental("Editing Windows & Mac]", "Editing Windows & Mac\\]");
    incidental("[Updated] guide", "\\[Updated\\] guide");
  }

  @Test
  void wildcardsFuzzyAndBoosts() {
    deliberate("print*", "print*");
    deliberate("*tooth", "*tooth");
    deliberate("bluetoth~", "bluetoth~");
    deliberate("printer^2 offline", "printer^2 offline");
    incidental("5 * 3", "5 \\* 3");
    incidental("~$100 off", "\\~$100 off");
    incidental("x^y", "x\\^y");
    incidental("Wow! Great", "Wow\\! Great");
  }

  @Test
  void patternsAloneAreNotStructure() {
    assertTrue(escape("title:x").structure());
    assertTrue(escape("\"a b\"").structure());
    assertTrue(escape("-x y").structure());
    assertFalse(escape("print* x?y~ z^2").structure());
    assertTrue(escape("print* x?y~ z^2").patterns());
    assertFalse(escape("plain words").deliberate());
  }

  @Test
  void columnsMapBackToTheOriginal() {
    IncidentalSyntax.Escaped e = escape("a: title:(");
    assertEquals("a\\: title:(", e.text());
    assertEquals(1, e.originalColumn(1));
    assertEquals(2, e.originalColumn(2)); // the added backslash stands for the colon
    assertEquals(2, e.originalColumn(3));
    assertEquals(10, e.originalColumn(11));
    assertEquals(11, e.originalColumn(12)); // end of query
  }
}
