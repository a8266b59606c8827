package io.alsoread.ingest;

import static io.alsoread.ingest.HtmlFixtures.hostFile;
import static io.alsoread.ingest.HtmlFixtures.parse;
import static io.alsoread.ingest.HtmlFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

  private static final String HOST = "notes.example.com";
  private static final SourceFile RADIO = hostFile(HOST, "pocket-radio-care/index.html");

  private static Article article(ParseResult result) {
    assertTrue(result.isArticle(), () -> "skipped: " + result.skipReason());
    return result.article();
  }

  private static Article radio() {
    return article(parse(RADIO, read("redefine-article.html")));
  }

  @Test
  void redefineArticleMetadata() {
    ParseResult result = parse(RADIO, read("redefine-article.html"));
    Article article = article(result);
    assertEquals("https://notes.example.com/pocket-radio-care/", article.url());
    assertEquals(HOST, article.site());
    assertEquals("Keeping a Pocket Radio Alive: Care & Repair Notes", article.title());
    assertEquals(
        "Keeping a Pocket Radio Alive: Care & Repair Notes. A small radio lasts for decades if you"
            + " treat its battery well",
        article.description());
    assertEquals(List.of("pocket radio", "radio battery care", "fix a radio"), article.keywords());
    assertEquals(List.of("radio", "battery care"), article.tags());
    assertEquals(List.of(List.of("electronics", "radio sets")), article.categories());
    assertEquals(Instant.parse("2024-05-02T08:15:30.250Z"), article.date());
    assertEquals(Instant.parse("2024-06-11T19:00:00Z"), article.updated());
    assertEquals("https://notes.example.com/covers/radio.jpg", article.thumbnail());
    assertEquals(Map.of("author", "Marta"), article.extra());
    assertEquals("", article.excerpt());
    assertTrue(result.warnings().isEmpty(), result.warnings()::toString);
  }

  @Test
  void alsoReadLinksInOrderWithNormalisedUrls() {
    assertEquals(
        List.of(
            new Link("https://notes.example.com/tuning-a-crystal-set/", "Tuning a Crystal Set by Ear"),
            new Link("https://other.example.org/speakers-and-cones/", "Speakers & Cones: A Primer"),
            new Link("https://notes.example.com/why-capacitors-fail/", "Why Capacitors Fail")),
        radio().links());
  }

  @Test
  void bodyKeepsArticleTextOnly() {
    String body = radio().body();
    for (String kept :
        List.of("Corrosion, not age", "Vinegar on a cotton bud", "patient", "maker's storage advice",
            "Cleaning the Contacts")) {
      assertTrue(body.contains(kept), () -> "body lacks '" + kept + "': " + body);
    }
    for (String chrome :
        List.of("HOMESTEAD", "PRIVACYPOLICY", "Workbench Notes", "Rights Reserved", "On this page",
            "Prev posts", "Soldering for Beginners", "CC BY-NC-SA", "Unbeatable soldering",
            "Tuning a Crystal Set", "Also read", "Created", "electronics", "#radio", "swup",
            "navbar-item")) {
      assertFalse(body.contains(chrome), () -> "body has '" + chrome + "': " + body);
    }
  }

  @Test
  void thumbnailFallsBackToAnOgImageTheBodyShows() {
    String withoutCover =
        read("redefine-article.html").replace("<div class=\"article-title relative w-full\">", "<div>");
    // The first og:image is an ad banner; the second is the photo in the article.
    assertEquals(
        "https://img.example.org/radio/open-case.jpg", article(parse(RADIO, withoutCover)).thumbnail());
  }

  @Test
  void noThumbnailWhenEveryOgImageIsAnAd() {
    String adsOnly =
        read("redefine-article.html")
            .replace("<div class=\"article-title relative w-full\">", "<div>")
            .replace("<meta property=\"og:image\" content=\"https://img.example.org/radio/open-case.jpg\">", "");
    assertEquals("", article(parse(RADIO, adsOnly)).thumbnail());
  }

  @Test
  void withoutCanonicalOrOgUrlTheFilePathGivesTheUrlAndAWarning() {
    String html =
        read("redefine-article.html")
            .replace("<link rel=\"canonical\" href=\"https://notes.example.com/pocket-radio-care/\"/>", "")
            .replace("<meta property=\"og:url\" content=\"https://notes.example.com/pocket-radio-care/index.html\">", "");
    ParseResult result = parse(RADIO, html);
    assertEquals("https://notes.example.com/pocket-radio-care/", article(result).url());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).message().contains("file path"));
    assertFalse(result.warnings().get(0).rejected());
  }

  @Test
  void titleFallsBackToOgTitleThenTitleTagWithoutSiteName() {
    String noHeading = read("redefine-article.html").replace("article-title-cover", "plain");
    assertEquals("Keeping a Pocket Radio Alive: Care & Repair Notes", article(parse(RADIO, noHeading)).title());
    String noOgTitle =
        noHeading.replace(
            "<meta property=\"og:title\" content=\"Keeping a Pocket Radio Alive: Care &amp; Repair  Notes\">", "");
    assertEquals("Keeping a Pocket Radio Alive: Care & Repair Notes", article(parse(RADIO, noOgTitle)).title());
  }

  @Test
  void titleOfLastResortIsTheSlug() {
    String html = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><p>Just text.</p></body></html>";
    assertEquals("a-bare-page", article(parse(hostFile(HOST, "a-bare-page/index.html"), html)).title());
  }

  @Test
  void unreadableDateLeavesTheArticleUndatedWithAWarning() {
    String html =
        read("redefine-article.html").replace("content=\"2024-05-02T08:15:30.250Z\"", "content=\"soon\"");
    ParseResult result = parse(RADIO, html);
    assertNull(article(result).date());
    assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("article:published_time")));
  }

  @Test
  void genericArticleElementWithHeadMetadata() {
    SourceFile file = hostFile("crafts.example.org", "2023/re-caning-a-chair-seat/index.html");
    Article article = article(parse(file, read("generic-article.html")));
    assertEquals("https://crafts.example.org/2023/re-caning-a-chair-seat/", article.url());
    assertEquals("Re-caning a Chair Seat", article.title());
    assertEquals("How to weave a new cane seat into an old chair frame.", article.description());
    assertEquals(Instant.parse("2023-11-04T08:30:00Z"), article.date());
    assertEquals(List.of("cane", "chairs"), article.tags());
    assertEquals(List.of(List.of("Furniture")), article.categories());
    assertEquals(
        List.of(
            new Link("https://crafts.example.org/2023/rush-seats/", "Rush Seats Compared"),
            new Link("https://other.example.net/glue-guide/", "A Glue Guide")),
        article.links());
    String body = article.body();
    assertTrue(body.contains("Soak the cane strands"), body);
    assertTrue(body.contains("pegging every hole"), body);
    for (String chrome : List.of("Workshop tours", "Newsletter", "Proudly handmade", "Filed under", "Contents:")) {
      assertFalse(body.contains(chrome), () -> "body has '" + chrome + "': " + body);
    }
  }

  @Test
  void genericPageWithoutArticleElementUsesTheDensestParagraphs() {
    SourceFile file = hostFile("tools.example.net", "sharpening-a-hand-plane/index.html");
    Article article = article(parse(file, read("generic-divs.html")));
    assertEquals("https://tools.example.net/sharpening-a-hand-plane/", article.url());
    assertEquals("Sharpening a Hand Plane", article.title());
    assertEquals(List.of("plane iron", "honing"), article.keywords());
    assertTrue(article.body().contains("Flatten the back of the iron"), article.body());
    assertTrue(article.body().contains("Strop on leather"), article.body());
    assertFalse(article.body().contains("Popular: dovetails"), article.body());
    assertFalse(article.body().contains("Menu"), article.body());
  }

  @Test
  void siteNameSuffixIsOnlyCutAfterASeparator() {
    assertEquals("Post", HtmlArticleParser.withoutSiteName("Post - Some Skills", "Some Skills"));
    assertEquals("Post", HtmlArticleParser.withoutSiteName("Post | Some Skills", "Some Skills"));
    assertEquals("Post – x", HtmlArticleParser.withoutSiteName("Post – x — Some Skills", "Some Skills"));
    assertEquals("Gaining Some Skills", HtmlArticleParser.withoutSiteName("Gaining Some Skills", "Some Skills"));
    assertEquals("Some Skills", HtmlArticleParser.withoutSiteName("Some Skills", "Some Skills"));
    assertEquals("Post - Other", HtmlArticleParser.withoutSiteName("Post - Other", ""));
  }
}
