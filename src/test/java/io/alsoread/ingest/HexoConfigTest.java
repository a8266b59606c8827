package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HexoConfigTest {
  @TempDir Path temp;
  private final List<Problem> warnings = new ArrayList<>();

  private HexoConfig read(String yaml) throws IOException {
    return HexoConfig.read(Files.writeString(temp.resolve("_config.yml"), yaml), "https://fallback.example", warnings);
  }

  @Test
  void readsTheUrlShapingSettings() throws IOException {
    HexoConfig config = read("""
        # Site
        title: Printer Issues
        timezone: Asia/Shanghai
        url: https://printer-issues.example.com/
        permalink: :year/:title/
        default_category: misc
        permalink_defaults:
          lang: en
        pretty_urls:
          trailing_index: false # drop index.html
          trailing_html: true
        """);
    assertEquals("https://printer-issues.example.com", config.url());
    assertEquals(":year/:title/", config.permalink());
    assertEquals(ZoneId.of("Asia/Shanghai"), config.timezone());
    assertEquals("misc", config.defaultCategory());
    assertEquals(Map.of("lang", "en"), config.permalinkDefaults());
    assertFalse(config.trailingIndex());
    assertTrue(config.trailingHtml());
    assertEquals(List.of(), warnings);
  }

  @Test
  void hexoDefaults() throws IOException {
    HexoConfig config = read("title: x\ntimezone: ''\npermalink_defaults:\n");
    assertEquals("https://fallback.example", config.url());
    assertEquals(HexoConfig.DEFAULT_PERMALINK, config.permalink());
    assertNull(config.timezone());
    assertEquals(HexoConfig.DEFAULT_CATEGORY, config.defaultCategory());
    assertTrue(config.trailingIndex());
    assertTrue(config.trailingHtml());
  }

  @Test
  void unknownTimezoneIsAWarning() throws IOException {
    assertNull(read("timezone: Mars/Olympus\n").timezone());
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).message().contains("Mars/Olympus"));
  }

  @Test
  void brokenYamlIsReadLeniently() throws IOException {
    HexoConfig config = read("title: 'broken\nurl: https://site.example.org\npermalink: :title.html\n");
    assertEquals("https://site.example.org", config.url());
    assertEquals(":title.html", config.permalink());
    assertEquals(1, warnings.size());
    assertFalse(warnings.get(0).rejected());
  }

  @Test
  void missingFileGivesDefaultsAndAWarning() {
    HexoConfig config = HexoConfig.read(temp.resolve("missing.yml"), "https://fallback.example", warnings);
    assertEquals("https://fallback.example", config.url());
    assertEquals(1, warnings.size());
  }

  @Test
  void urlWithoutSchemeFallsBack() throws IOException {
    assertEquals("https://fallback.example", read("url: example.com\n").url());
  }
}
