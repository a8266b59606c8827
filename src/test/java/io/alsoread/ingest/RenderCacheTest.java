package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A body rendered in stretches, with the middle one from the cache, equals the body rendered in
 * one piece; on edge cases, and on every Markdown post of {@code corpus/} (or of the crawl named by
 * the system property {@code alsoread.renderCheckCrawl}, to check a whole real crawl by hand).
 */
class RenderCacheTest {
  private static final String FIRST = "https://printer-issues.example.com/canon-printer-woes/";
  private static final String SECOND = "https://printer-issues.example.com/deep/fix-canon-offline/";

  private static final String BODY = """
      ![](https://images.example.com/shot.png)

       Got a Canon printer but it's **not working**? Try [Fortect](https://tools.example.com/download/) first.

      <!-- affiliate ads begin -->
      <a href="https://ads.example.com/1"><img src="//ads.example.com/1.png"/></a>
      <!-- affiliate ads end -->

      1. **[Check the connection](#fix1)**
      2. Update the `driver`

      Also read

      - [Relative one](../other-post/)
      - [Absolute one](https://network.example.com/a/)
      """;

  private static final String LIFTED = """
      <span class="atpl-alsoreadstyle">Also read:</span>
      <div><ul><li><a href="/lifted/">Lifted one</a></li></ul></div>
      """;

  private static void assertSame(String markdown, String url, RenderCache cache) {
    assertEquals(MarkdownBody.renderWhole(markdown, url), MarkdownBody.render(markdown, url, cache), markdown);
  }

  @Test
  void copiesUnderOtherTitlesShareTheRenderingOfTheirText() {
    RenderCache cache = new RenderCache(RenderCache.defaultChars());
    String first = "## Canon Printer Woes\n\n" + BODY + "\n" + LIFTED;
    String second = "\n# Fix Canon Offline #\n\n" + BODY + "\n" + LIFTED.replace("lifted", "other");
    assertSame(first, FIRST, cache);
    assertSame(second, SECOND, cache);
    assertEquals(1, cache.size(), "the second copy found the text of the first");
    Body body = MarkdownBody.render(second, SECOND, cache);
    assertEquals("Fix Canon Offline", body.firstHeading());
    assertEquals(List.of(
            new Link("https://printer-issues.example.com/deep/other-post/", "Relative one"),
            new Link("https://network.example.com/a/", "Absolute one"),
            new Link("https://printer-issues.example.com/other/", "Lifted one")),
        body.alsoRead(), "relative links resolve against each copy's own URL");
  }

  @Test
  void headingsThatCouldDependOnTheRestAreNotTakenApart() {
    assertEquals(0, MarkdownBody.titleLineEnd("## [Title][ref]\n\n[ref]: https://x.example.com/\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("## Title <span>x</span>\nrest\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("## Also Read\n\n- [a](https://a.example.com/)\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("    ## indented code\nrest\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("#hashtag\nrest\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("Setext\n===\nrest\n"));
    assertEquals(0, MarkdownBody.titleLineEnd("## Only a heading"));
    assertEquals(12, MarkdownBody.titleLineEnd("\n  ## Title\nrest\n"));
    assertEquals(3, MarkdownBody.titleLineEnd("##\nrest\n"));
    for (String markdown : List.of(
        "## [Title][ref]\n\n[ref]: https://x.example.com/\n",
        "## Also Read\n\n- [a](https://a.example.com/)\n",
        "## Title\n===\nrest\n",
        "## Title\n    code\n",
        "## Title\n- item\nlazy\n",
        "##\nrest\n",
        "## Title\n<!-- add seo affiliate products -->\n" + LIFTED,
        "## Title\n<b>bare</b>\n" + LIFTED,
        "## Title\n")) {
      assertSame(markdown, FIRST, new RenderCache(RenderCache.defaultChars()));
    }
  }

  @Test
  void staysWithinItsBound() {
    RenderCache cache = new RenderCache(2_000);
    for (int i = 0; i < 50; i++) {
      MarkdownBody.render("## Title " + i + "\n\nParagraph number " + i + " with some words in it.\n", FIRST, cache);
    }
    assertNull(cache.get("\nParagraph number 0 with some words in it.\n"), "the oldest went out");
    assertNotNull(cache.get("\nParagraph number 49 with some words in it.\n"));
    RenderCache none = RenderCache.none();
    MarkdownBody.render("## Title\n\nText.\n", FIRST, none);
    assertNull(none.get("\nText.\n"));
  }

  @Test
  void everyPostOfTheCrawlRendersAsInOnePiece() throws IOException {
    Path crawl = Path.of(System.getProperty("alsoread.renderCheckCrawl", "corpus"));
    List<Path> posts;
    try (Stream<Path> files = Files.walk(crawl)) {
      posts = files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
    }
    RenderCache cache = new RenderCache(RenderCache.defaultChars());
    List<String> differ = new ArrayList<>();
    for (Path post : posts) {
      String text = new String(Files.readAllBytes(post), StandardCharsets.UTF_8);
      String markdown = FrontMatterParser.parse(text, null, post.toString(), new ArrayList<>()).body();
      String url = "https://" + post.getParent().getFileName() + ".example.com/" + post.getFileName() + "/";
      if (!MarkdownBody.renderWhole(markdown, url).equals(MarkdownBody.render(markdown, url, cache))) {
        differ.add(post.toString());
      }
    }
    assertTrue(posts.size() > 20, "posts found: " + posts.size());
    assertEquals(List.of(), differ.subList(0, Math.min(differ.size(), 20)), differ.size() + " of " + posts.size() + " differ");
  }
}
