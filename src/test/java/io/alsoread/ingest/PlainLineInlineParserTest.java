package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class PlainLineInlineParserTest {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser FULL = Parser.builder().extensions(EXTENSIONS).build();
  private static final Parser SHORTCUT = Parser.builder().extensions(EXTENSIONS).inlineParserFactory(PlainLineInlineParser.factory()).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private static void assertSameAsFullParser(String markdown) {
    assertEquals(RENDERER.render(FULL.parse(markdown)), RENDERER.render(SHORTCUT.parse(markdown)), markdown);
  }

  @Test
  void plainLinesAreTextWithSoftBreaks() {
    assertSameAsFullParser("Restart the print spooler\nthen try again.\nIt works, 100% (mostly).");
    assertSameAsFullParser("# Printer offline\n\nOne line only.");
    assertSameAsFullParser("Café “quoted” — dash… 中文\ttab inside");
  }

  @Test
  void everythingElseGoesToTheFullParser() {
    for (String markdown : List.of(
        "two trailing spaces  \nmake a hard break",
        "a trailing backslash\\\nmakes one too",
        "trailing tab\t\nand space \nhere",
        "   leading spaces\n  on a continuation line",
        "*emphasis* and __strong__ and snake_case",
        "[a link](https://x.test/) and ![an image](i.png) and [ref]\n\n[ref]: https://x.test/r",
        "`code` and &amp; &copy; entities and <b>html</b> and <https://x.test/auto>",
        "Bang! without a bracket, and ] alone, and a lone [",
        "#\n\n# \n\n##   spaced heading   ",
        "| a | b |\n|---|---|\n| plain cell | *em* cell |",
        "- item one\n- item two\n\n1. first\n2. second",
        "> quoted plain line\n> and another")) {
      assertSameAsFullParser(markdown);
    }
  }

  @Test
  void plainMeansNoSpecialCharacterAndNoEdgeWhitespace() {
    assertTrue(PlainLineInlineParser.isPlain("plain words, digits 42 and (parentheses)"));
    assertTrue(PlainLineInlineParser.isPlain(""));
    for (String line : List.of("a*b", "a_b", "a\\b", "a`b", "a&b", "a<b", "a[b", "a]b", "a!b", " a", "a ", "\ta", "a\t")) {
      assertFalse(PlainLineInlineParser.isPlain(line), line);
    }
  }

  @Test
  void theSampleCorpusRendersAsWithTheFullParser() throws IOException {
    Path corpus = Path.of("corpus");
    try (Stream<Path> files = Files.walk(corpus)) {
      List<Path> posts = files.filter(p -> p.toString().endsWith(".md")).toList();
      assertFalse(posts.isEmpty(), "no posts under " + corpus.toAbsolutePath());
      for (Path post : posts) {
        assertSameAsFullParser(Files.readString(post));
      }
    }
  }
}
