package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {
  private static Passage passage(int start, int end, int... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) {
      p.addMatch(matches[i], matches[i + 1], new BytesRef("t"), 1);
    }
    return p;
  }

  @Test
  void marksMatchesAndEscapesTheRest() {
    String text = "Use <b>A & B</b>\n\nthen   restart";
    int a = text.indexOf('A');
    int restart = text.indexOf("restart");
    String snippet = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), a, a + 1, restart, restart + 7)}, text);
    assertEquals("Use &lt;b&gt;<em>A</em> &amp; B&lt;/b&gt; then <em>restart</em>", snippet);
  }

  @Test
  void longPassagesAreCutAroundTheFirstMatchAtWordBoundaries() {
    String text = "word ".repeat(100) + "target " + "word ".repeat(100);
    int at = text.indexOf("target");
    String snippet = new SnippetFormatter().format(new Passage[] {passage(0, text.length(), at, at + 6)}, text);
    String plain = snippet.replace("<em>", "").replace("</em>", "");
    assertTrue(plain.startsWith("\u2026word") && plain.endsWith("word\u2026"), snippet);
    assertTrue(plain.length() <= SnippetFormatter.MAX_CHARS + 2, snippet);
    assertTrue(snippet.contains("<em>target</em>"));
  }

  @Test
  void noPassageIsNoSnippet() {
    assertEquals(null, new SnippetFormatter().format(new Passage[0], "text"));
  }

  @Test
  void openingsAreCutAtAWord() {
    assertEquals("short &amp; sweet", Snippets.opening("short & sweet"));
    String opening = Snippets.opening("lorem ipsum ".repeat(50));
    assertTrue(opening.endsWith("ipsum\u2026") || opening.endsWith("lorem\u2026"), opening);
    assertEquals("", Snippets.opening(""));
  }
}
