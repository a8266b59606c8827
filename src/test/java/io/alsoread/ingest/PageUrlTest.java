package io.alsoread.ingest;

import static io.alsoread.ingest.HtmlFixtures.hostFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageUrlTest {

  private static final SourceFile POST = hostFile("notes.example.com", "my-post/index.html");

  private static PageUrl urlOf(String head, SourceFile file) {
    return PageUrl.of(PageMeta.read(Jsoup.parse("<html><head>" + head + "</head></html>")), file);
  }

  @Test
  void canonicalLinkWinsAndIsNormalised() {
    PageUrl url =
        urlOf(
            "<link rel=\"canonical\" href=\"HTTP://Notes.Example.com:80/Other-Post\">"
                + "<meta property=\"og:url\" content=\"https://notes.example.com/my-post/index.html\">",
            POST);
    assertEquals("https://notes.example.com/Other-Post/", url.url());
    assertFalse(url.fromFile());
  }

  @Test
  void ogUrlLosesItsIndexHtml() {
    PageUrl url = urlOf("<meta property=\"og:url\" content=\"https://notes.example.com/my-post/index.html\">", POST);
    assertEquals("https://notes.example.com/my-post/", url.url());
  }

  @Test
  void relativeCanonicalResolvesAgainstOgUrl() {
    PageUrl url =
        urlOf(
            "<link rel=\"canonical\" href=\"/moved-post/\">"
                + "<meta property=\"og:url\" content=\"https://mirror.example.org/my-post/\">",
            POST);
    assertEquals("https://mirror.example.org/moved-post/", url.url());
  }

  @Test
  void withoutDeclaredUrlTheHostFolderPathIsUsed() {
    PageUrl url = urlOf("<title>x</title>", POST);
    assertEquals("https://notes.example.com/my-post/", url.url());
    assertTrue(url.fromFile());
  }

  @Test
  void filePathIsPercentEncoded() {
    PageUrl url = urlOf("", hostFile("notes.example.com", "café notes/index.html"));
    assertEquals("https://notes.example.com/caf%C3%A9%20notes/", url.url());
  }

  @Test
  void unusableCanonicalFallsBackToOgUrl() {
    PageUrl url =
        urlOf(
            "<link rel=\"canonical\" href=\"javascript:void(0)\">"
                + "<meta property=\"og:url\" content=\"https://notes.example.com/my-post/\">",
            POST);
    assertEquals("https://notes.example.com/my-post/", url.url());
  }

  @Test
  void hexoSitePagesUnderPublicJoinTheSiteUrl() {
    Path dir = Path.of("sites", "blog");
    SourceFile file =
        new SourceFile(
            dir.resolve("public/2024/05/a-post/index.html"),
            dir,
            new Site.HexoSite(dir, "https://example.com/blog", ":year/:month/:title/"),
            SourceFile.Format.HTML);
    assertEquals("https://example.com/blog/2024/05/a-post/", urlOf("", file).url());
  }

  @Test
  void looseFilesGetAFileUri() {
    SourceFile file =
        new SourceFile(Path.of("saved", "page.html"), Path.of("saved"), new Site.Loose(), SourceFile.Format.HTML);
    PageUrl url = urlOf("", file);
    assertTrue(url.url().startsWith("file:///"), url.url());
    assertTrue(url.url().endsWith("/saved/page.html"), url.url());
  }

  @Test
  void htmlPageAndMarkdownPostOfOneSlugShareTheUrl() {
    // The Markdown side names a host-folder post https://<host>/<slug>/.
    String markdownUrl = Urls.normalize("https://notes.example.com/my-post/");
    assertEquals(markdownUrl, urlOf("<link rel=\"canonical\" href=\"https://notes.example.com/my-post/\">", POST).url());
    assertEquals(markdownUrl, urlOf("", POST).url());
  }

  @Test
  void nullWhenNothingUsable() {
    SourceFile noHost =
        new SourceFile(Path.of("x", "y.html"), Path.of("x"), new Site.HostFolder(Path.of("x"), "bad host^"),
            SourceFile.Format.HTML);
    assertNull(urlOf("", noHost));
  }
}
