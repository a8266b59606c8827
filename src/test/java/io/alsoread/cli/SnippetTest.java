package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void unescapesEntitiesAndDropsTheMatchTags() {
    Snippet snippet = Snippet.parse("Fix the <em>printer</em> &lt;offline&gt; &amp; &quot;stuck&quot; &#39;now&#x27;");
    assertEquals("Fix the printer <offline> & \"stuck\" 'now'", snippet.text());
  }

  @Test
  void leavesUnknownOrBrokenEntitiesAsWritten() {
    assertEquals("&copy; & &; &#xZZ; &#1114112; AT&T", Snippet.parse("&copy; & &; &#xZZ; &#1114112; AT&T").text());
    assertEquals("é ✓ /", Snippet.parse("&#233; &#x2713; &#x2F;").text());
  }

  @Test
  void marksTheMatchedCharacters() {
    Snippet snippet = Snippet.parse("a <em>bc</em> d");
    assertEquals("a bc d", snippet.text());
    assertFalse(snippet.matches().get(0));
    assertTrue(snippet.matches().get(2));
    assertTrue(snippet.matches().get(3));
    assertFalse(snippet.matches().get(4));
  }

  @Test
  void aMatchedEntityIsOneMatchedCharacter() {
    Snippet snippet = Snippet.parse("<em>&amp;</em>x");
    assertEquals("&x", snippet.text());
    assertTrue(snippet.matches().get(0));
    assertFalse(snippet.matches().get(1));
  }

  @Test
  void collapsesWhiteSpaceAcrossTags() {
    assertEquals("a b c", Snippet.parse("  a \n <em> b </em>\n c \n").text());
  }

  @Test
  void plainRenderingHasNoEscapeCodes() {
    Snippet snippet = Snippet.parse("the <em>printer</em> is offline");
    assertEquals("the printer is offline", snippet.render(Style.PLAIN));
    assertEquals("the \u001b[1;33mprinter\u001b[0m is offline", snippet.render(Style.ANSI));
  }

  @Test
  void wrapsAndKeepsHighlightsPerLine() {
    List<String> lines = Snippet.parse("aaa <em>bbb ccc</em> ddd").lines(7, Style.ANSI);
    assertEquals(List.of("aaa \u001b[1;33mbbb\u001b[0m", "\u001b[1;33mccc\u001b[0m ddd"), lines);
  }

  @Test
  void nullOrEmptyIsEmpty() {
    assertEquals("", Snippet.parse(null).text());
    assertEquals(List.of(), Snippet.parse("").lines(10, Style.PLAIN));
  }
}
