package io.alsoread.ingest;

import io.alsoread.util.IoReasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a Hexo site's {@code _config.yml} that decide its posts' URLs and dates.
 *
 * @param url the site URL without trailing slash, e.g. {@code https://example.com/blog}
 * @param permalink the permalink pattern, e.g. {@code :year/:month/:day/:title/}
 * @param timezone zone of front matter dates written without one; null means UTC
 * @param defaultCategory {@code :category} of posts without categories
 * @param permalinkDefaults values of other permalink variables a post does not set
 * @param trailingIndex false drops a trailing {@code index.html} from URLs ({@code pretty_urls})
 * @param trailingHtml false drops a trailing {@code .html} from URLs ({@code pretty_urls})
 */
public record HexoConfig(
    String url,
    String permalink,
    ZoneId timezone,
    String defaultCategory,
    Map<String, String> permalinkDefaults,
    boolean trailingIndex,
    boolean trailingHtml) {

  /** Hexo's default permalink pattern, used when the config sets none. */
  public static final String DEFAULT_PERMALINK = ":year/:month/:day/:title/";

  /** Hexo's default {@code default_category}. */
  public static final String DEFAULT_CATEGORY = "uncategorized";

  public HexoConfig {
    url = stripTrailingSlashes(url == null ? "" : url.strip());
    permalink = permalink == null || permalink.isBlank() ? DEFAULT_PERMALINK : permalink.strip();
    defaultCategory = defaultCategory == null || defaultCategory.isBlank() ? DEFAULT_CATEGORY : defaultCategory;
    permalinkDefaults = permalinkDefaults == null ? Map.of() : Map.copyOf(permalinkDefaults);
  }

  /** A config with the given url and permalink and Hexo's defaults for the rest. */
  public static HexoConfig of(String url, String permalink) {
    return new HexoConfig(url, permalink, null, null, Map.of(), true, true);
  }

  /** This config with another url and permalink. */
  public HexoConfig withUrl(String url, String permalink) {
    return new HexoConfig(url, permalink, timezone, defaultCategory, permalinkDefaults, trailingIndex, trailingHtml);
  }

  /**
   * Reads {@code configFile} leniently: YAML the parser rejects is read line by line, unknown or
   * malformed settings fall back to Hexo's defaults, and each such case adds a warning.
   *
   * @param fallbackUrl the site URL to use when the config sets none
   */
  public static HexoConfig read(Path configFile, String fallbackUrl, List<Problem> warnings) {
    try {
      return readFile(configFile, fallbackUrl, warnings);
    } catch (IOException e) {
      warnings.add(Problem.warning(configFile.toString(), "cannot read site config: " + IoReasons.of(e)));
      return of(fallbackUrl, null);
    }
  }

  /** As {@link #read}, but a file that cannot be read is the caller's to handle. */
  public static HexoConfig readFile(Path configFile, String fallbackUrl, List<Problem> warnings) throws IOException {
    String text = SourceText.stripBom(new String(Files.readAllBytes(configFile), StandardCharsets.UTF_8));
    Map<String, Object> data = YamlMaps.loadOrLenient(text, configFile.toString(), 0, warnings, "site config");
    return fromMap(data, fallbackUrl, configFile.toString(), warnings);
  }

  static HexoConfig fromMap(Map<String, Object> data, String fallbackUrl, String path, List<Problem> warnings) {
    String url = scalar(data.get("url"));
    if (url == null || url.isBlank() || !(url.contains("://"))) {
      url = fallbackUrl;
    }
    ZoneId zone = null;
    String tz = scalar(data.get("timezone"));
    if (tz != null && !tz.isBlank()) {
      try {
        zone = ZoneId.of(tz.strip());
      } catch (DateTimeException e) {
        warnings.add(Problem.warning(path, "unknown timezone '" + tz.strip() + "' in site config; dates without a zone are read as UTC"));
      }
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    if (data.get("permalink_defaults") instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String value = scalar(v);
        if (k != null && value != null) {
          defaults.put(k.toString(), value);
        }
      });
    }
    boolean trailingIndex = true;
    boolean trailingHtml = true;
    if (data.get("pretty_urls") instanceof Map<?, ?> pretty) {
      trailingIndex = !"false".equals(scalar(pretty.get("trailing_index")));
      trailingHtml = !"false".equals(scalar(pretty.get("trailing_html")));
    }
    return new HexoConfig(
        url, scalar(data.get("permalink")), zone, scalar(data.get("default_category")), defaults, trailingIndex, trailingHtml);
  }

  /** A stable text of every setting, for fingerprints. */
  String describe() {
    return String.join("\u0000", url, permalink, Objects.toString(timezone, ""), defaultCategory,
        new java.util.TreeMap<>(permalinkDefaults).toString(), Boolean.toString(trailingIndex), Boolean.toString(trailingHtml));
  }

  private static String scalar(Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return null;
    }
    return value.toString();
  }

  private static String stripTrailingSlashes(String url) {
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return url.substring(0, end);
  }
}
