package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alsoread.ingest.FrontMatterParser;
import io.alsoread.ingest.MarkdownBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Tokens replayed from the cache are the tokens of the whole text, positions and offsets included. */
class BodyTokenCacheTest {
  private final Analyzer analyzer = Analyzers.perField();

  /** Every token as term/increment/start-end, then the end state. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
      out.add("end/" + increment.getPositionIncrement() + "/" + offset.endOffset());
    }
    return out;
  }

  private void assertReplays(BodyTokenCache cache, String text) throws IOException {
    List<String> whole = tokens(analyzer.tokenStream(Fields.BODY, text));
    TokenStream cached = cache.tokens(analyzer, Fields.BODY, text, null);
    assertEquals(whole, tokens(cached), text);
  }

  @Test
  void replaysTheRestBehindAnotherFirstBlock() throws IOException {
    BodyTokenCache cache = new BodyTokenCache(1 << 20);
    String rest = "The printer is offline: restart the spooler, then print it again.\n\nIt works.";
    assertReplays(cache, "Canon Printer Offline\n\n" + rest);
    assertReplays(cache, "How to fix it if it is\n\n" + rest);
    assertReplays(cache, "\n\n" + rest);
    assertEquals(1, cache.size(), "all three share one entry");
    assertReplays(cache, "Fix it\n\nthe a an");
    assertReplays(cache, "the\n\nthe");
    assertReplays(cache, "Café déjà vu\n\nJohn's naïve café’s résumé\n\n\n\nEnd");
    assertReplays(cache, "使用说明\n\n说明书 使用\n\n打印机");
    assertReplays(cache, "Printer 使\n\n用 offline");
  }

  @Test
  void leavesTextWithoutABlankLineToTheAnalyzer() throws IOException {
    assertNull(new BodyTokenCache(1 << 20).tokens(analyzer, Fields.BODY, "one block only\nsecond line", null));
    assertNull(new BodyTokenCache(0).tokens(analyzer, Fields.BODY, "a\n\nb", null));
  }

  @Test
  void replaysTheBodiesOfTheSampleCrawl() throws IOException {
    List<Path> posts;
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      posts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    BodyTokenCache cache = new BodyTokenCache(1 << 24);
    for (Path post : posts) {
      String markdown = FrontMatterParser.parse(Files.readString(post, StandardCharsets.UTF_8), null, post.toString(), new ArrayList<>()).body();
      String text = MarkdownBody.render(markdown, "https://example.com/" + post.getFileName() + "/").text();
      if (text.contains("\n\n")) {
        assertReplays(cache, text);
        assertReplays(cache, "Another title of it\n\n" + text.substring(text.indexOf("\n\n") + 2));
      }
    }
    assertTrue(posts.size() > 20);
  }
}
