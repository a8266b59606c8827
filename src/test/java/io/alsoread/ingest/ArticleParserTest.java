package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleParserTest {
  @TempDir Path temp;

  private static final String POST = """
      ---
      title: Fix the Printer
      date: 2024-10-10T23:25:21.401Z
      updated: 2024-10-18 01:40:35
      tags:
        - win11
        - win10
      categories:
        - [Printers, Canon]
        - [Tips]
      keywords: driver, spooler
      description: How to fix it
      excerpt: Short
      thumbnail: https://img.example.com/t.jpg
      author: Thomas
      ---

      ## Fix the Printer

      Restart the spooler.
      """;

  private ParseResult parse(Path path, Site site, String text) {
    return parse(path, site, text.getBytes(StandardCharsets.UTF_8));
  }

  private ParseResult parse(Path path, Site site, byte[] bytes) {
    SourceFile file = new SourceFile(path, temp, site, CrawlWalker.formatOf(path));
    Source source = new Source(path, temp, 1_700_000_000_000L, bytes.length, Fingerprint.of(bytes, site));
    return ArticleParser.parse(file, source, bytes);
  }

  private Site.HexoSite blog(String permalink) {
    return new Site.HexoSite(temp.resolve("blog"), "https://blog.example.com/", permalink);
  }

  private Path post(String relative) {
    return temp.resolve("blog/source/_posts").resolve(relative);
  }

  @Test
  void hexoPostHasEveryField() {
    ParseResult result = parse(post("fix-the-printer.md"), blog(":title/"), POST);
    Article a = result.article();
    assertEquals(List.of(), result.warnings());
    assertEquals("https://blog.example.com/fix-the-printer/", a.url());
    assertEquals("blog.example.com", a.site());
    assertEquals("Fix the Printer", a.title());
    assertEquals(Instant.parse("2024-10-10T23:25:21.401Z"), a.date());
    assertEquals(Instant.parse("2024-10-18T01:40:35Z"), a.updated());
    assertEquals(List.of("win11", "win10"), a.tags());
    assertEquals(List.of(List.of("Printers", "Canon"), List.of("Tips")), a.categories());
    assertEquals(List.of("driver", "spooler"), a.keywords());
    assertEquals("How to fix it", a.description());
    assertEquals("Short", a.excerpt());
    assertEquals("https://img.example.com/t.jpg", a.thumbnail());
    assertEquals(Map.of("author", "Thomas"), a.extra());
    assertTrue(a.body().contains("Restart the spooler."), a.body());
    assertNotNull(a.source());
    assertEquals(post("fix-the-printer.md"), a.source().path());
  }

  @Test
  void hexoUrlFollowsThePermalinkPattern() {
    assertEquals("https://blog.example.com/2024/10/10/sub/fix/",
        parse(post("sub/fix.md"), blog(":year/:month/:day/:title/"), POST).article().url());
    assertEquals("https://blog.example.com/fix-the-printer/",
        parse(post("sub/fix.md"), blog(":post_title/"), POST).article().url());
  }

  @Test
  void hexoFrontMatterPermalinkOverrides() {
    String text = "---\ntitle: T\npermalink: custom/place/\n---\nbody";
    assertEquals("https://blog.example.com/custom/place/", parse(post("p.md"), blog(":title/"), text).article().url());
  }

  @Test
  void hexoSiteTimezoneAppliesToDatesWithoutZone() {
    HexoConfig paris = new HexoConfig("https://blog.example.com", ":title/", java.time.ZoneId.of("Europe/Paris"), null, Map.of(), true, true);
    Site site = new Site.HexoSite(temp.resolve("blog"), paris);
    Article a = parse(post("p.md"), site, "---\ndate: 2024-01-15 12:00:00\n---\n").article();
    assertEquals(Instant.parse("2024-01-15T11:00:00Z"), a.date());
  }

  @Test
  void hostFolderUrl() {
    Site.HostFolder host = new Site.HostFolder(temp.resolve("example.com"), "example.com");
    assertEquals("https://example.com/my-post/", parse(temp.resolve("example.com/my-post.md"), host, "x").article().url());
    assertEquals("https://example.com/deep/post/", parse(temp.resolve("example.com/deep/post.md"), host, "x").article().url());
    assertEquals("https://example.com/hexo-post/", parse(temp.resolve("example.com/source/_posts/hexo-post.md"), host, "x").article().url());
    assertEquals("example.com", parse(temp.resolve("example.com/my-post.md"), host, "x").article().site());
  }

  @Test
  void looseFileUrlFromFrontMatterOrItsFileUri() throws IOException {
    Path file = Files.writeString(temp.resolve("note.md"), "x");
    Site loose = new Site.Loose();
    assertEquals("https://example.org/own/", parse(file, loose, "---\npermalink: https://example.org/own/\n---\n").article().url());
    assertEquals("https://example.org/by-url/", parse(file, loose, "---\nurl: https://example.org/by-url\n---\n").article().url());
    assertEquals("https://example.org/by-url/", parse(file, loose, "---\npermalink: relative/\nurl: https://example.org/by-url\n---\n").article().url());
    Article own = parse(file, loose, "---\npermalink: relative/\n---\nbody").article();
    assertTrue(own.url().startsWith("file:///"), own.url());
    assertTrue(own.url().endsWith("/note.md"), own.url());
    assertEquals("", own.site());
  }

  @Test
  void titleFallsBackToFirstHeadingThenSlug() {
    Site loose = new Site.Loose();
    assertEquals("From Front Matter", parse(temp.resolve("a.md"), loose, "---\ntitle: From Front Matter\n---\n# Heading\n").article().title());
    assertEquals("The Heading", parse(temp.resolve("a.md"), loose, "Intro\n\n## The Heading\n\ntext").article().title());
    assertEquals("The Heading", parse(temp.resolve("a.md"), loose, "---\ntitle: ''\n---\n# The Heading\n").article().title());
    assertEquals("my-slug", parse(temp.resolve("my-slug.md"), loose, "just text").article().title());
    assertEquals("folder-name", parse(temp.resolve("folder-name/index.md"), loose, "just text").article().title());
  }

  @Test
  void emptyFileIsAnArticle() {
    ParseResult result = parse(post("empty-post.md"), blog(":title/"), new byte[0]);
    assertTrue(result.isArticle());
    assertEquals("", result.article().body());
    assertEquals("empty-post", result.article().title());
    assertNull(result.article().date());
    assertEquals("https://blog.example.com/empty-post/", result.article().url());
  }

  @Test
  void frontMatterOnlyIsAnArticleWithEmptyBody() {
    Article a = parse(post("fm.md"), blog(":title/"), "---\ntitle: Only Front Matter\n---\n").article();
    assertEquals("Only Front Matter", a.title());
    assertEquals("", a.body());
  }

  @Test
  void binaryFileIsRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> parse(temp.resolve("x.md"), new Site.Loose(), png));
    assertEquals("binary file", e.getMessage());
    byte[] controls = new byte[200];
    java.util.Arrays.fill(controls, (byte) 0x01);
    assertThrows(UnreadableFileException.class, () -> parse(temp.resolve("y.md"), new Site.Loose(), controls));
  }

  @Test
  void aFileInTheWindowsCodePageIsReadAsSuchWithAWarning() {
    byte[] bytes = "---\ntitle: Caf\u00e9 \u201cquoted\u201d\n---\nna\u00efve".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ParseResult result = parse(temp.resolve("latin1.md"), new Site.Loose(), bytes);
    assertTrue(result.isArticle());
    assertEquals("Caf\u00e9 \u201cquoted\u201d", result.article().title());
    assertEquals(1, result.warnings().size());
    assertFalse(result.warnings().get(0).rejected());
    assertEquals("not UTF-8; read as Windows-1252", result.warnings().get(0).message());
    assertEquals(temp.resolve("latin1.md").toString(), result.warnings().get(0).path());
  }

  @Test
  void invalidUtf8AmongUtf8IsReplacedWithAWarning() {
    byte[] utf8 = "---\ntitle: Caf\u00e9\n---\nna".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 3);
    bytes[utf8.length] = (byte) 0xEF; // an "ï" in Latin-1 among UTF-8
    bytes[utf8.length + 1] = 'v';
    bytes[utf8.length + 2] = 'e';
    ParseResult result = parse(temp.resolve("mixed.md"), new Site.Loose(), bytes);
    assertEquals("Caf\u00e9", result.article().title(), "the UTF-8 stays UTF-8");
    assertTrue(result.warnings().get(0).message().contains("bad bytes replaced with U+FFFD"), result.warnings().toString());
  }

  @Test
  void writtenReplacementCharacterIsNoWarning() {
    assertEquals(List.of(), parse(temp.resolve("ok.md"), new Site.Loose(), "a \uFFFD b").warnings());
  }

  @Test
  void byteOrderMarksAndUtf16() {
    byte[] utf8Bom = ("\uFEFF---\ntitle: Bom\n---\nx").getBytes(StandardCharsets.UTF_8);
    assertEquals("Bom", parse(temp.resolve("b.md"), new Site.Loose(), utf8Bom).article().title());
    byte[] utf16 = ("\uFEFF---\ntitle: Wide\n---\nx").getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Wide", parse(temp.resolve("w.md"), new Site.Loose(), utf16).article().title());
  }

  @Test
  void yamlErrorIsAWarningAndTheArticleIsIndexed() {
    ParseResult result = parse(post("bad.md"), blog(":title/"), "---\ntitle: 'Quoted' rest\ntags: [a]\n---\nbody");
    assertEquals("'Quoted' rest", result.article().title());
    assertEquals(List.of("a"), result.article().tags());
    assertEquals(1, result.warnings().size());
    assertEquals(post("bad.md").toString(), result.warnings().get(0).path());
    assertTrue(result.warnings().get(0).message().contains("line 2"));
  }

  @Test
  void alsoReadLinksComeFromTheBody() {
    String text = "---\ntitle: T\n---\nBody text.\n\n<span class=\"atpl-alsoreadstyle\">Also read:</span>\n"
        + "<div><ul>\n<li><a href=\"https://other.example.com/a/\">First</a></li>\n</ul></div>\n";
    Article a = parse(post("links.md"), blog(":title/"), text).article();
    assertEquals(List.of(new Link("https://other.example.com/a/", "First")), a.links());
    assertFalse(a.body().contains("Also read"), a.body());
  }

  @Test
  void htmlFilesGoToTheHtmlParser() {
    String html = "<html><head><title>Page</title><link rel=\"canonical\" href=\"https://example.com/page/\"></head>"
        + "<body><article><h1>Page</h1><p>Text of the page.</p></article></body></html>";
    ParseResult result = parse(temp.resolve("example.com/page/index.html"), new Site.Loose(), html);
    assertNotNull(result);
    if (result.isArticle()) {
      assertEquals("https://example.com/page/", result.article().url());
    }
    assertThrows(UnreadableFileException.class, () -> parse(temp.resolve("bin.html"), new Site.Loose(), new byte[] {0, 1, 2}));
  }

  @Test
  void hugeFileParses() {
    // a 20 MB log listing: cheap to render, so the test measures ingest's own copies, not Markdown's
    StringBuilder text = new StringBuilder("---\ntitle: Huge\n---\n\n```\n");
    String line = "ordinary words that go on for a while in a log file or code listing\n";
    while (text.length() < 20_000_000) {
      text.append(line);
    }
    text.append("```\n");
    Article a = parse(temp.resolve("huge.md"), new Site.Loose(), text.toString()).article();
    assertEquals("Huge", a.title());
    assertTrue(a.body().length() > 10_000_000);
  }

  @Test
  void sameInputSameResult() {
    ParseResult first = parse(post("p.md"), blog(":title/"), POST);
    ParseResult second = parse(post("p.md"), blog(":title/"), POST);
    assertEquals(first, second);
    assertSame(ParseResult.class, first.getClass());
  }
}
