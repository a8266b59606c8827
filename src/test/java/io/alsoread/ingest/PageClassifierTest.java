package io.alsoread.ingest;

import static io.alsoread.ingest.HtmlFixtures.hostFile;
import static io.alsoread.ingest.HtmlFixtures.parse;
import static io.alsoread.ingest.HtmlFixtures.read;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageClassifierTest {

  private static final String HOST = "notes.example.com";

  private static void assertSkipped(ParseResult result, String reasonPart) {
    assertFalse(result.isArticle(), "expected a skip");
    assertTrue(
        result.skipReason().contains(reasonPart),
        () -> "reason '" + result.skipReason() + "' should mention '" + reasonPart + "'");
  }

  @Test
  void tagListingIsSkipped() {
    assertSkipped(parse(hostFile(HOST, "tags/battery-care/index.html"), read("tag-page.html")), "tags");
  }

  @Test
  void categoryListingIsSkipped() {
    assertSkipped(
        parse(hostFile(HOST, "categories/electronics/radio-sets/index.html"), read("category-page.html")),
        "categories");
  }

  @Test
  void paginationIsSkippedByItsFilePathAlone() {
    // The page names no URL and no og:type: only where the crawler saved it tells.
    assertSkipped(parse(hostFile(HOST, "page/2/index.html"), read("page-2.html")), "pagination");
  }

  @Test
  void homePageIsSkipped() {
    assertSkipped(parse(hostFile(HOST, "index.html"), read("home.html")), "home");
  }

  @Test
  void notFoundPageIsSkippedByItsTitle() {
    assertSkipped(parse(hostFile(HOST, "gone-missing/index.html"), read("not-found.html")), "404");
  }

  @Test
  void notFoundPageIsSkippedByItsPath() {
    String html = "<html><head><title>Oops</title></head><body><article><p>x</p></article></body></html>";
    assertSkipped(parse(hostFile(HOST, "404.html"), html), "404");
  }

  @Test
  void archivesAndNestedPaginationAreListings() {
    String html = "<html><head><meta property=\"og:type\" content=\"article\"></head><body></body></html>";
    assertSkipped(parse(hostFile(HOST, "archives/2024/10/index.html"), html), "archives");
    assertSkipped(parse(hostFile(HOST, "tags/radio/page/3/index.html"), html), "tags");
    assertSkipped(parse(hostFile(HOST, "blog/page/12/index.html"), html), "pagination");
  }

  @Test
  void aWebsitePageIsNotAnArticle() {
    String html =
        "<html><head><link rel=\"canonical\" href=\"https://notes.example.com/about/\">"
            + "<meta property=\"og:type\" content=\"website\"></head>"
            + "<body><div class=\"article-content\"><p>About me</p></div></body></html>";
    assertSkipped(parse(hostFile(HOST, "about/index.html"), html), "og:type");
  }

  @Test
  void aPageWithoutAnyArticleSignIsSkipped() {
    String html = "<html><head><title>Links</title></head><body><div><p>a</p><p>b</p></div></body></html>";
    assertSkipped(parse(hostFile(HOST, "links/index.html"), html), "no sign of an article");
  }

  private static String reason(String url, String title, String html) {
    Document doc = Jsoup.parse(html);
    return PageClassifier.skipReason(url, title, PageMeta.read(doc), PageLayout.of(doc));
  }

  @Test
  void anArticleAboutErrors404IsKept() {
    String html =
        "<html><head><meta property=\"og:type\" content=\"article\"></head>"
            + "<body><article><p>Fix it</p></article></body></html>";
    assertNull(reason("https://notes.example.com/404-not-found/", "404 Not Found", html));
  }

  @Test
  void eachArticleSignIsEnough() {
    String bare = "https://notes.example.com/a-post/";
    assertNull(reason(bare, "A post",
        "<html><head><meta property=\"article:published_time\" content=\"2024-01-01\"></head><body></body></html>"));
    assertNull(reason(bare, "A post", "<html><body><div class=\"article-content\"><p>x</p></div></body></html>"));
    assertNull(reason(bare, "A post", "<html><body><article><p>x</p></article></body></html>"));
    assertNull(reason(bare, "A post", "<html><body><div itemprop=\"articleBody\"><p>x</p></div></body></html>"));
  }

  @Test
  void severalArticleElementsAreAListingNotAnArticle() {
    String html = "<html><body><article><p>one</p></article><article><p>two</p></article></body></html>";
    assertTrue(reason("https://notes.example.com/latest/", "Latest", html).contains("no sign"));
  }

  @Test
  void aPostUnderAFolderNamedLikeAListingIsAnArticleByItsPublicationTime() {
    String post = "<html><head><meta property=\"og:type\" content=\"article\">"
        + "<meta property=\"article:published_time\" content=\"2024-09-23T10:00:00Z\"></head><body><article><p>x</p></article></body></html>";
    assertNull(reason("https://some-skills.example.com/archive/uber/", "Uber", post));
    assertNull(reason("https://wp.example/archives/123", "A numeric permalink", post));
    assertTrue(reason("https://notes.example.com/", "Home", post).contains("home"), "a home page stays a listing");
  }

  @Test
  void slugsThatMerelyContainListingWordsAreArticles() {
    String html = "<html><head><meta property=\"og:type\" content=\"article\"></head><body></body></html>";
    assertNull(reason("https://notes.example.com/how-to-use-tags-and-categories/", "Tags", html));
    assertNull(reason("https://notes.example.com/page-2-of-the-manual/", "Page", html));
    assertNull(reason("file:///home/someone/tags/saved/index.html", "Saved", html));
  }
}
