package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alsoread.ingest.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentKeyTest {

  private static Article article(String title, String body) {
    return new Article("https://x.test/a/", "x.test", title, null, null, null, null, null, null, null, null, body, null, null, null);
  }

  private static void assertSameAsDefinition(String title, String body) {
    ContentKey fast = ContentKey.of(article(title, body), new HashMap<>());
    ContentKey slow = ContentKey.slowly(article(title, body), new HashMap<>());
    String where = "title " + title + ", body " + body.codePoints().mapToObj(Integer::toHexString).toList();
    assertEquals(slow.bodyHash(), fast.bodyHash(), where);
    assertEquals(slow.words(), fast.words(), where);
    assertArrayEquals(slow.minhash(), fast.minhash(), where);
  }

  @Test
  void onePassGivesTheKeyOfTheDefinition() {
    List<String> bodies = List.of(
        "",
        " \n\t ",
        "Printer Offline\n\nRestart the Print Spooler, then   try again.",
        "Printer Offline",
        "  leading\u00a0and\u00a0no-break\u2003em space\u001cfile separator\u000bvertical tab ",
        "Café NAÏVE “Quoted” 10× — done…",
        "İstanbul ΣΟΦΙΑ ΟΔΟΣ", // lower case depends on the neighbours: the slow path
        "emoji 😀 and Deseret \uD801\uDC00\uD801\uDC01 capitals",
        "lone \uD800 high and \uDC00 low surrogates, \uD800\n\uDC00 split by a line",
        "中文 文本 and ASCII");
    for (String body : bodies) {
      assertSameAsDefinition("Printer Offline", body);
      assertSameAsDefinition("", body);
    }
  }

  /**
   * The signatures are kept in every index's state and compared with those of later runs: a change
   * of the hash functions would split clusters between articles indexed before and after it.
   */
  @Test
  void signaturesStayTheSameAcrossReleases() {
    int[] shingled = ContentKey.wordHashes("restart the print spooler then try the printer again");
    assertArrayEquals(new int[] {93590230, 166535364, 165848112, 299701877, 106445349, 706284554, 169272199, 85227444,
        131493528, 21891769, 759385738, 343874807, 122895675, 581326387, 155892687, 349045310, 626622574, 112923083,
        554832418, 143306190, 691134497, 28911784, 143236384, 418616988, 87334166, 122781201, 233781520, 630309705,
        886802179, 601352846, 733268007, 536491991}, ContentKey.minhash(shingled));
    assertArrayEquals(new int[] {723214264, 84302194, 500542760, 1925495747, 1175269294, 1775424559, 2036792448, 2089475417,
        283771916, 1771098356, 704824358, 1139331114, 1586769378, 143737711, 1096981675, 1627272134, 403560040, 1343722200,
        1650012943, 279679673, 1497350182, 1930868161, 1778682120, 1921423634, 2133499554, 226329648, 611135820, 27753810,
        1949300332, 459777412, 203170167, 389479654}, ContentKey.minhash(ContentKey.wordHashes("printer")));
  }

  @Test
  void onePassGivesTheKeyOfTheDefinitionOnRandomText() {
    char[] alphabet = "aZ 9\n\t\r\u00a0\u2003\u001c.,é\u00c9\u201c\u2019\u201f\u2014中\uD83D\uDE00\uD801\uDC00\uD800\uDC00\u0130\u03a3".toCharArray();
    Random random = new Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder body = new StringBuilder();
      int length = random.nextInt(round < 100 ? 8 : 200);
      for (int i = 0; i < length; i++) {
        body.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertSameAsDefinition(random.nextBoolean() ? "aZ" : "", body.toString());
    }
  }

  @Test
  void aRenderedPagesCurledQuotesKeyAsItsSourcesStraightOnes() {
    String source = "We're told \"Today is the day\" and it's 'fine' again.";
    String rendered = "We\u2019re told \u201cToday is the day\u201d and it\u2019s \u2018fine\u2019 again.";
    ContentKey a = ContentKey.of(article("T", source), new HashMap<>());
    ContentKey b = ContentKey.of(article("T", rendered), new HashMap<>());
    assertEquals(a.bodyHash(), b.bodyHash());
    assertArrayEquals(a.minhash(), b.minhash());
    assertSameAsDefinition("T", rendered);
  }

  @Test
  void manyWordsGrowTheHashArray() {
    String body = "Word ".repeat(5000);
    assertSameAsDefinition("T", body);
    assertEquals(5000, ContentKey.of(article("T", body)).words());
  }
}
