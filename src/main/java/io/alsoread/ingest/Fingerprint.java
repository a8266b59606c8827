package io.alsoread.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.lucene.util.StringHelper;

/**
 * The fingerprint that tells whether a file's article changed: a hash of its bytes and of the site
 * settings that shape its URL. 128-bit MurmurHash3 (Lucene's), as 32 hex digits: fast enough to
 * hash a whole crawl on every run, and collisions are out of reach for crawl sizes.
 */
public final class Fingerprint {
  /** Bump when parsing or analysis rules change, so the next run re-reads and rewrites every file. */
  private static final String RULES_VERSION = "ingest-3"; // 2: content keys read typographic quotes as straight ones; 3: CJK text as pairs
  private static final int SEED = 0x5eed_a150;

  private Fingerprint() {}

  public static String of(byte[] content, Site site) {
    long[] bytesHash = StringHelper.murmurhash3_x64_128(content, 0, content.length, SEED);
    byte[] settings = settings(site).getBytes(StandardCharsets.UTF_8);
    long[] settingsHash = StringHelper.murmurhash3_x64_128(settings, 0, settings.length, SEED);
    byte[] combined = ByteBuffer.allocate(32)
        .putLong(bytesHash[0]).putLong(bytesHash[1])
        .putLong(settingsHash[0]).putLong(settingsHash[1])
        .array();
    long[] hash = StringHelper.murmurhash3_x64_128(combined, 0, combined.length, SEED);
    return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
  }

  /** The settings of {@code site} that shape its articles' URLs and dates, as text. */
  private static String settings(Site site) {
    return RULES_VERSION + '\u0000' + switch (site) {
      case Site.HexoSite hexo -> "hexo\u0000" + hexo.config().describe();
      case Site.HostFolder host -> "host\u0000" + host.host();
      case Site.Loose loose -> "loose";
      case null -> "none";
    };
  }
}
