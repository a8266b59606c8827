package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermalinksTest {
  private static final Instant DATE = Instant.parse("2024-03-05T07:08:09Z");

  private static FrontMatter post(String title, Instant date, List<List<String>> categories, Map<String, Object> other, String permalink) {
    return new FrontMatter(title, date, null, List.of(), categories, List.of(), null, null, null, permalink, null, other, "");
  }

  private static FrontMatter dated(String title) {
    return post(title, DATE, List.of(), Map.of(), null);
  }

  private static String path(String pattern, String slug, FrontMatter fm) {
    return Permalinks.path(HexoConfig.of("https://example.com", pattern), slug, fm, null);
  }

  @Test
  void titleIsThePathUnderPostsWithSubFolders() {
    assertEquals("my-post/", path(":title/", "my-post", dated("T")));
    assertEquals("2024/sub/my-post/", path(":title/", "2024/sub/my-post", dated("T")));
    assertEquals("my-post.html", path(":title.html", "my-post", dated("T")));
  }

  @Test
  void nameIsTheFileNameOnly() {
    assertEquals("my-post/", path(":name/", "2024/sub/my-post", dated("T")));
  }

  @Test
  void dateVariables() {
    assertEquals("2024/03/05/p/", path(":year/:month/:day/:title/", "p", dated("T")));
    assertEquals("2024/3/5/p/", path(":year/:i_month/:i_day/:title/", "p", dated("T")));
    assertEquals("07-08-09", path(":hour-:minute-:second", "p", dated("T")));
  }

  @Test
  void dateVariablesUseTheSiteTimezone() {
    HexoConfig shanghai = new HexoConfig("https://example.com", ":year/:month/:day/:hour/", ZoneId.of("Asia/Shanghai"), null, Map.of(), true, true);
    FrontMatter late = post("T", Instant.parse("2024-03-05T20:00:00Z"), List.of(), Map.of(), null);
    assertEquals("2024/03/06/04/", Permalinks.path(shanghai, "p", late, null));
  }

  @Test
  void undatedPostUsesTheFallbackDateElseEmptySegments() {
    FrontMatter undated = post("T", null, List.of(), Map.of(), null);
    HexoConfig config = HexoConfig.of("https://example.com", ":year/:month/:title/");
    assertEquals("2024/03/p/", Permalinks.path(config, "p", undated, DATE));
    assertEquals("//p/", Permalinks.path(config, "p", undated, null));
    assertEquals("https://example.com/p/", Permalinks.url(config, "p", undated, null));
  }

  @Test
  void postTitleIsTheSlugifiedLowerCasedTitle() {
    assertEquals("hello-world-ca-va/", path(":post_title/", "p", dated("Hello, World! Ça va?")));
    assertEquals("canon-pixma-mp620-driver-missing-please-help/", path(":post_title/", "p", dated("Canon Pixma MP620: Driver Missing, Please Help!")));
    assertEquals("file-name/", path(":post_title/", "File_Name", post(null, DATE, List.of(), Map.of(), null)));
  }

  @Test
  void categoryIsTheLastPathsSlugElseTheDefault() {
    FrontMatter categorized = post("T", DATE, List.of(List.of("a"), List.of("Tech", "Windows 11")), Map.of(), null);
    assertEquals("Tech/Windows-11/p/", path(":category/:title/", "p", categorized));
    assertEquals("uncategorized/p/", path(":category/:title/", "p", dated("T")));
    HexoConfig misc = new HexoConfig("https://example.com", ":category/:title/", null, "misc", Map.of(), true, true);
    assertEquals("misc/p/", Permalinks.path(misc, "p", dated("T"), null));
  }

  @Test
  void idFromFrontMatterElseTheName() {
    assertEquals("42/", path(":id/", "p", post("T", DATE, List.of(), Map.of("id", 42), null)));
    assertEquals("p/", path(":id/", "dir/p", dated("T")));
  }

  @Test
  void hashIsTwelveHexDigitsOfSlugAndDate() {
    String hash = path(":hash", "p", dated("T"));
    assertTrue(hash.matches("[0-9a-f]{12}"), hash);
    assertEquals(hash, path(":hash", "p", dated("Other title")));
    assertTrue(!hash.equals(path(":hash", "q", dated("T"))));
  }

  @Test
  void otherVariablesFromFrontMatterThenPermalinkDefaults() {
    HexoConfig config = new HexoConfig("https://example.com", ":lang/:title/", null, null, Map.of("lang", "en"), true, true);
    assertEquals("en/p/", Permalinks.path(config, "p", dated("T"), null));
    assertEquals("fr/p/", Permalinks.path(config, "p", post("T", DATE, List.of(), Map.of("lang", "fr"), null), null));
    assertEquals("/p/", path(":lang/:title/", "p", dated("T")));
  }

  @Test
  void variableNamesDoNotEndInUnderscore() {
    assertEquals("p_/", path(":title_/", "p", dated("T")));
  }

  @Test
  void urlJoinsTheSiteUrl() {
    assertEquals("https://example.com/my-post/", Permalinks.url(HexoConfig.of("https://example.com", ":title/"), "my-post", dated("T"), null));
    assertEquals("https://example.com/blog/my-post/", Permalinks.url(HexoConfig.of("https://example.com/blog/", ":title/"), "my-post", dated("T"), null));
    assertEquals("https://example.com/2024/03/05/my-post/", Permalinks.url(HexoConfig.of("https://example.com", null), "my-post", dated("T"), null));
  }

  @Test
  void urlEncodesWhatAUrlPathCannotHold() {
    assertEquals("https://example.com/h%C3%A9llo%20w%C3%B6rld/", Permalinks.url(HexoConfig.of("https://example.com", ":title/"), "héllo wörld", dated("T"), null));
    assertEquals("https://example.com/100%25-a%3Fb%23c/", Permalinks.url(HexoConfig.of("https://example.com", ":title/"), "100%-a?b#c", dated("T"), null));
  }

  @Test
  void frontMatterPermalinkOverrides() {
    HexoConfig config = HexoConfig.of("https://example.com/blog", ":year/:title/");
    assertEquals("https://example.com/blog/custom/path/", Permalinks.url(config, "p", post("T", DATE, List.of(), Map.of(), "custom/path/"), null));
    assertEquals("https://example.com/blog/custom/", Permalinks.url(config, "p", post("T", DATE, List.of(), Map.of(), "/custom/"), null));
    assertEquals("https://other.org/x/", Permalinks.url(config, "p", post("T", DATE, List.of(), Map.of(), "https://other.org/x/"), null));
    assertEquals("https://other.org/x/", Permalinks.url(config, "p", post("T", DATE, List.of(), Map.of(), "//other.org/x/"), null));
  }

  @Test
  void prettyUrls() {
    HexoConfig noHtml = new HexoConfig("https://example.com", ":title.html", null, null, Map.of(), true, false);
    assertEquals("https://example.com/p", Permalinks.url(noHtml, "p", dated("T"), null));
    HexoConfig noIndex = new HexoConfig("https://example.com", ":title/index.html", null, null, Map.of(), false, true);
    assertEquals("https://example.com/p/", Permalinks.url(noIndex, "p", dated("T"), null));
  }

  @Test
  void fileSiteUrls() {
    assertEquals("file:///data/site/p/", Permalinks.url(HexoConfig.of("file:///data/site/", ":title/"), "p", dated("T"), null));
  }

  @Test
  void slugizeLikeHexo() {
    assertEquals("Hello-World", Permalinks.slugize("Hello  World"));
    assertEquals("a-b", Permalinks.slugize("--a__b--"));
    assertEquals("AEro-e", Permalinks.slugize("Ærø é"));
    assertEquals("ab", Permalinks.slugize("a\u0001b"));
    assertEquals("HP-Printer’s-White-Sheets", Permalinks.slugize("HP Printer’s White Sheets"));
    assertEquals("中文-标题", Permalinks.slugize("中文 标题"));
    assertEquals("", Permalinks.slugize("!!!"));
  }
}
