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

  @Test
  void onePassGivesTheKeyOfTheDefinitionOnRandomText() {
    char[] alphabet = "aZ 9\n\t\r\u00a0\u2003\u001c.,é\u00c9\u201c\u2014中\uD83D\uDE00\uD801\uDC00\uD800\uDC00\u0130\u03a3".toCharArray();
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
  void manyWordsGrowTheHashArray() {
    String body = "Word ".repeat(5000);
    assertSameAsDefinition("T", body);
    assertEquals(5000, ContentKey.of(article("T", body)).words());
  }
}
