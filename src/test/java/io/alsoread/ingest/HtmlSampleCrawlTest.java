package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The eight real rendered pages of the shared HTML sample (theme "redefine"), when the sample sits
 * beside the project; skipped otherwise. Expected values were read from the files independently
 * (grep and sed over the meta tags, the heading and the "Also read" list).
 */
class HtmlSampleCrawlTest {

  private static final String HOST = "some-skills.techidaily.com";
  private static final Path CRAWL = Path.of("..", "shared", "crawl-html-sample");
  private static final Path SITE = CRAWL.resolve(HOST);

  /** One sample page and what it must give. */
  private record Expected(
      String slug,
      String title,
      List<String> tags,
      List<List<String>> categories,
      String date,
      String updated,
      int alsoRead,
      Link firstLink,
      Link lastLink,
      List<String> bodyWords,
      List<String> notBodyWords) {}

  private static final List<List<String>> TECH = List.of(List.of("tech"));
  private static final List<String> CHROME =
      List.of("Rights Reserved", "On this page", "Prev posts", "Next posts", "CC BY-NC-SA",
          "MOBILE IMAGES", "TERMS&CONDITIONS", "Also read", "Created at", "Some Skills");

  private static final List<Expected> PAGES =
      List.of(
          new Expected(
              "1-uber-autonomous-vehicles-in-vegas-require-human-supervision-current-status",
              "1. Uber Autonomous Vehicles in Vegas Require Human Supervision: Current Status",
              List.of("cutting-edge"), TECH, "2024-09-23T10:42:59.523Z", "2024-09-28T22:19:31.113Z", 11,
              link("https://some-techniques.techidaily.com/new-harness-the-power-of-on-the-go-visual-adjustments/",
                  "[New] Harness the Power of On-the-Go Visual Adjustments"),
              link("https://some-skills.techidaily.com/in-2024-the-freely-flowing-world-of-historical-works/",
                  "In 2024, The Freely Flowing World of Historical Works"),
              List.of("robotaxi", "Bellagio", "Akshay Jaising", "operated by Motional"),
              List.of("Click here", "Resolving Windows 11 Creator", "Harness the Power of On-the-Go")),
          new Expected(
              "12-quick-methods-to-access-windows-10-file-explorer",
              "12 Quick Methods to Access Windows 10 File Explorer",
              List.of("deals"), TECH, "2024-10-17T10:36:26.607Z", "2024-10-21T16:43:06.582Z", 9,
              link("https://video-capture.techidaily.com/updated-navigating-screen-capture-in-google-video-conferencing/",
                  "[Updated] Navigating Screen Capture in Google Video Conferencing"),
              link("https://ai-live-streaming.techidaily.com/updated-2024-approved-becoming-a-pro-in-tiktok-live-shopping-your-complete-guide/",
                  "Updated 2024 Approved Becoming a Pro in TikTok Live Shopping Your Complete Guide"),
              List.of("PowerShell", "Task Manager", "Key Takeaways"),
              List.of("Navigating Screen Capture")),
          new Expected(
              "2-cracking-todays-puzzle-uncover-secrets-of-nyt-connections-hints-for-june-9-364",
              "2. 'Cracking Today's Puzzle: Uncover Secrets of NYT Connections Hints for June 9 (#364)'",
              List.of("web"), TECH, "2024-10-20T10:40:50.292Z", "2024-10-21T17:02:14.837Z", 17,
              link("https://facebook-video-footage.techidaily.com/new-2024-approved-android-users-the-top-6-video-downloaders-for-easy-access/",
                  "[New] 2024 Approved Android Users The Top 6 Video Downloaders for Easy Access"),
              link("https://some-skills.techidaily.com/tomtom-bandit-action-camera-review-2023-for-2024/",
                  "TomTom Bandit Action Camera Review 2023 for 2024"),
              List.of("What Is Connections", "Hints for Today"),
              List.of("TomTom Bandit")),
          new Expected(
              "2024-approved-how-to-use-zoom-for-win10-pc",
              "\"2024 Approved How to Use Zoom for Win10 PC\"",
              List.of("screen-recording", "ai video", "ai audio", "ai auto"),
              List.of(List.of("ai", "screen")), "2024-08-20T17:11:28.192Z", "2024-08-21T17:11:28.192Z", 0,
              null, null,
              List.of("Zoom Desktop Client", "Filmora", "The Bottom Line"),
              List.of("Karaoki", "SwifDoo")),
          new Expected(
              "discover-effortless-iphone-circle-searching-with-this-simple-shortcut",
              "Discover Effortless iPhone Circle Searching with This Simple Shortcut",
              List.of("mobile"), TECH, "2024-10-17T10:46:26.586Z", "2024-10-21T14:58:02.783Z", 15,
              link("https://youtube-stream.techidaily.com/new-how-to-address-and-overcome-a-youtube-content-id-issue/",
                  "[New] How to Address and Overcome a YouTube Content ID Issue"),
              link("https://some-skills.techidaily.com/transforming-images-into-engaging-animation-projects-for-2024/",
                  "Transforming Images Into Engaging Animation Projects for 2024"),
              List.of("Back Tap", "Google Lens"),
              List.of("Click here", "YouTube Content ID")),
          new Expected(
              "expanded-google-circle-search-now-available-on-additional-smartphones-and-tablets",
              "Expanded Google Circle Search Now Available on Additional Smartphones & Tablets",
              List.of("mobile"), TECH, "2024-10-17T10:34:03.041Z", "2024-10-21T19:10:20.149Z", 12,
              link("https://article-helps.techidaily.com/new-slimsky-saver-big-files-low-costs/",
                  "[New] SlimSky Saver - Big Files, Low Costs"),
              link("https://ai-video-apps.techidaily.com/updated-updated-10-best-2d-animation-software-freepaid-for-2024/",
                  "Updated Updated 10 Best 2D Animation Software Free/Paid for 2024"),
              List.of("Circle to Search"),
              List.of("SlimSky")),
          new Expected(
              "the-influence-of-winter-conditions-on-electric-car-battery-durability-what-to-expect",
              "The Influence of Winter Conditions on Electric Car Battery Durability: What to Expect?",
              List.of("cutting-edge"), TECH, "2024-09-23T09:13:01.026Z", "2024-09-29T02:35:25.090Z", 17,
              link("https://youtube-help.techidaily.com/new-from-script-to-screen-crafting-your-unique-youtube-tale/",
                  "[New] From Script to Screen Crafting Your Unique YouTube Tale"),
              link("https://some-skills.techidaily.com/twitch-time-rewind-hacks-unveiled-for-2024/",
                  "Twitch Time Rewind Hacks Unveiled for 2024"),
              List.of("Cold Weather Remains A Challenge", "EV"),
              List.of("Twitch Time Rewind")),
          new Expected(
              "understanding-electric-cars-how-expensive-is-it-to-recharge-them",
              "Understanding Electric Cars: How Expensive Is It to Recharge Them?",
              List.of("cutting-edge"), TECH, "2024-09-23T10:06:50.119Z", "2024-09-28T15:35:42.822Z", 13,
              link("https://fox-info.techidaily.com/new-inside-look-3d-lut-creation-process/",
                  "[New] Inside Look 3D LUT Creation Process"),
              link("https://tech-haven.techidaily.com/vacation-internet-tips-maximize-your-experience/",
                  "Vacation Internet Tips: Maximize Your Experience"),
              List.of("Public Charging Stations Will Vary", "Home Charging Costs Less"),
              List.of("Vacation Internet Tips")));

  private static Link link(String url, String title) {
    return new Link(url, title);
  }

  @BeforeAll
  static void sampleIsThere() {
    assumeTrue(Files.isDirectory(SITE), "no HTML sample at " + SITE.toAbsolutePath());
  }

  private static ParseResult parse(String slug) throws IOException {
    Path dir = SITE;
    Path page = dir.resolve(slug).resolve("index.html");
    SourceFile file = new SourceFile(page, CRAWL, new Site.HostFolder(dir, HOST), SourceFile.Format.HTML);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    return HtmlArticleParser.parse(file, HtmlFixtures.sourceOf(file), html);
  }

  @Test
  void everySamplePageIsAnArticle() throws IOException {
    try (var pages = Files.list(SITE)) {
      assertEquals(PAGES.size(), pages.filter(Files::isDirectory).count());
    }
    for (Expected page : PAGES) {
      ParseResult result = parse(page.slug());
      assertTrue(result.isArticle(), () -> page.slug() + " skipped: " + result.skipReason());
      assertTrue(result.warnings().isEmpty(), () -> page.slug() + ": " + result.warnings());
    }
  }

  @Test
  void metadataOfEachPage() throws IOException {
    for (Expected page : PAGES) {
      Article article = parse(page.slug()).article();
      String url = "https://" + HOST + "/" + page.slug() + "/";
      assertEquals(Urls.normalize(url), article.url(), page.slug());
      assertEquals(url, article.url(), page.slug());
      assertEquals(HOST, article.site());
      assertEquals(page.title(), article.title(), page.slug());
      assertEquals(page.tags(), article.tags(), page.slug());
      assertEquals(page.categories(), article.categories(), page.slug());
      assertEquals(Instant.parse(page.date()), article.date(), page.slug());
      assertEquals(Instant.parse(page.updated()), article.updated(), page.slug());
      assertFalse(article.description().isEmpty(), page.slug());
      assertFalse(article.thumbnail().contains("impactradius") || article.thumbnail().contains("pxf.io")
          || article.thumbnail().contains("sjv.io") || article.thumbnail().contains("8odi.net"),
          () -> page.slug() + " thumbnail is an ad: " + article.thumbnail());
    }
  }

  @Test
  void alsoReadLinksOfEachPage() throws IOException {
    for (Expected page : PAGES) {
      List<Link> links = parse(page.slug()).article().links();
      assertEquals(page.alsoRead(), links.size(), page.slug());
      if (page.alsoRead() > 0) {
        assertEquals(page.firstLink(), links.get(0), page.slug());
        assertEquals(page.lastLink(), links.get(links.size() - 1), page.slug());
      }
    }
  }

  @Test
  void bodyTextIsTheArticleOnly() throws IOException {
    for (Expected page : PAGES) {
      String body = parse(page.slug()).article().body();
      for (String word : page.bodyWords()) {
        assertTrue(body.contains(word), () -> page.slug() + " body lacks '" + word + "'");
      }
      for (String word : page.notBodyWords()) {
        assertFalse(body.contains(word), () -> page.slug() + " body has '" + word + "'");
      }
      for (String word : CHROME) {
        assertFalse(body.contains(word), () -> page.slug() + " body has '" + word + "'");
      }
    }
  }

  @Test
  void descriptionAndCoverOfOnePage() throws IOException {
    Article article = parse(PAGES.get(0).slug()).article();
    assertEquals(
        "1. Uber Autonomous Vehicles in Vegas Require Human Supervision: Current StatusTesting a"
            + " robotaxi along the strip in Vegas with the drunken crowds and bright lights and"
            + " occasional escaped lion seems li",
        article.description());
    assertEquals(
        "https://thmb.techidaily.com/7d954d5ef5beb31b578dcda4509d16e23f0ef0d1b79a76b01e4834ddb01328ea.jpg",
        article.thumbnail());
  }
}
