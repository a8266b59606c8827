package io.alsoread.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static final byte[] BYTES = "---\ntitle: T\n---\nbody".getBytes(StandardCharsets.UTF_8);
  private static final Site SITE = new Site.HexoSite(Path.of("site"), "https://example.com", ":title/");

  @Test
  void thirtyTwoHexDigitsAndStable() {
    String fingerprint = Fingerprint.of(BYTES, SITE);
    assertTrue(fingerprint.matches("[0-9a-f]{32}"), fingerprint);
    assertEquals(fingerprint, Fingerprint.of(BYTES.clone(), new Site.HexoSite(Path.of("elsewhere"), "https://example.com", ":title/")));
    assertTrue(Fingerprint.of(new byte[0], new Site.Loose()).matches("[0-9a-f]{32}"));
  }

  @Test
  void changesWithTheBytes() {
    byte[] edited = BYTES.clone();
    edited[edited.length - 1] = 'X';
    assertNotEquals(Fingerprint.of(BYTES, SITE), Fingerprint.of(edited, SITE));
  }

  @Test
  void changesWithTheSettingsThatShapeTheUrl() {
    String base = Fingerprint.of(BYTES, SITE);
    assertNotEquals(base, Fingerprint.of(BYTES, new Site.HexoSite(Path.of("site"), "https://other.com", ":title/")));
    assertNotEquals(base, Fingerprint.of(BYTES, new Site.HexoSite(Path.of("site"), "https://example.com", ":year/:title/")));
    HexoConfig zoned = new HexoConfig("https://example.com", ":title/", ZoneId.of("Asia/Tokyo"), null, Map.of(), true, true);
    assertNotEquals(base, Fingerprint.of(BYTES, new Site.HexoSite(Path.of("site"), zoned)));
    assertNotEquals(base, Fingerprint.of(BYTES, new Site.Loose()));
    assertNotEquals(
        Fingerprint.of(BYTES, new Site.HostFolder(Path.of("a.com"), "a.com")),
        Fingerprint.of(BYTES, new Site.HostFolder(Path.of("b.com"), "b.com")));
  }
}
