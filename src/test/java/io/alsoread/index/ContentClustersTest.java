package io.alsoread.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.alsoread.ingest.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentClustersTest {

  private static final String BODY =
      "Printers go offline for many reasons, and most of them are easy to fix at home. "
          + "First check the cable or the wireless connection, then restart the print spooler service. "
          + "If the printer still shows offline, remove it from the devices list and add it again, "
          + "letting Windows download a fresh driver. Clearing stuck jobs from the queue helps as well, "
          + "because one broken job can block every document sent after it. Finally make sure the "
          + "printer is set as the default device and that use printer offline is not ticked anywhere.";

  private static Article article(String url, String title, String body) {
    return new Article(url, "x.test", title, null, null, null, null, null, null, null, null, body, null, null, null);
  }

  private static Map<Long, String> cluster(ContentKey... keys) {
    ContentClusters clusters = new ContentClusters();
    for (ContentKey key : keys) {
      clusters.add(key);
    }
    return clusters.assign();
  }

  @Test
  void wordHashesAreTheHashCodesOfTheWords() {
    for (String text : List.of("", "one", "restart the print spooler", "café naïve “quoted” 10×", "x y")) {
      int[] expected = text.isEmpty() ? new int[0] : java.util.Arrays.stream(text.split(" ")).mapToInt(String::hashCode).toArray();
      assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(ContentKey.wordHashes(text)), text);
    }
    String many = "word ".repeat(40).strip();
    assertEquals(40, ContentKey.wordHashes(many).length);
  }

  @Test
  void collapsingWhitespaceKeepsSingleSpacesBetweenWords() {
    assertEquals("a b c", ContentKey.collapseWhitespace("  a \n\t b\u00a0\u00a0c  "));
    assertEquals("", ContentKey.collapseWhitespace(" \n "));
  }

  @Test
  void sameBodyUnderSpunTitlesIsOneKey() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "Fix an Offline Printer", "Fix an Offline Printer\n\n" + BODY));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "[New] In 2024, Printer Offline Solutions", "Printer Offline Solutions\n\n" + BODY));
    assertEquals(a.bodyHash(), b.bodyHash());
  }

  @Test
  void whitespaceDoesNotMatter() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "T", BODY));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "T", BODY.replace(" ", "  \n ")));
    assertEquals(a.bodyHash(), b.bodyHash());
  }

  @Test
  void nearDuplicateJoinsTheCluster() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "A", BODY));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "B", BODY.replace("at home", "at the office")));
    assertNotEquals(a.bodyHash(), b.bodyHash());
    Map<Long, String> clusters = cluster(a, b);
    assertEquals(clusters.get(a.bodyHash()), clusters.get(b.bodyHash()));
  }

  @Test
  void differentBodiesStayApart() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "A", BODY));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "B",
        "Bluetooth headphones that will not pair usually need their old pairing removed first. Open the "
            + "settings, forget the device, hold the pairing button until the light flashes and search "
            + "again. Update the Bluetooth driver from the maker of the laptop, not from a generic site, "
            + "and turn off power saving for the adapter in the device manager so it does not sleep. "
            + "Interference from a busy wireless network can also cut the audio, so try another room."));
    Map<Long, String> clusters = cluster(a, b);
    assertNotEquals(clusters.get(a.bodyHash()), clusters.get(b.bodyHash()));
  }

  @Test
  void emptyBodiesAreNeverClusteredTogether() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "A", ""));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "B", "  "));
    assertNotEquals(a.bodyHash(), b.bodyHash());
  }

  @Test
  void clusterIdDoesNotDependOnOrder() {
    ContentKey a = ContentKey.of(article("https://x.test/a/", "A", BODY));
    ContentKey b = ContentKey.of(article("https://x.test/b/", "B", BODY.replace("at home", "at the office")));
    assertEquals(cluster(a, b), cluster(b, a));
  }

  @Test
  void stateRoundTrips() {
    int[] minhash = new int[ContentKey.SIGNATURE_LENGTH];
    minhash[3] = -5;
    ArticleState state = new ArticleState("/p/a.md", "/p", 123L, 456L, "fp", "site", 7L, minhash, 90, 10L,
        List.of(new io.alsoread.ingest.Link("https://x.test/b/", "B title")));
    ArticleState back = ArticleState.decode(new org.apache.lucene.util.BytesRef(state.encode()));
    org.junit.jupiter.api.Assertions.assertArrayEquals(state.encode(), back.encode());
    assertEquals(state.links(), back.links());
    assertEquals(-5, back.minhash()[3]);
  }
}
