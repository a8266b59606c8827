package io.alsoread.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hexo post's URL: the site's {@code url} joined with its {@code permalink} pattern (hexo-util's
 * Permalink and full_url_for), unless the post's front matter sets {@code permalink}.
 *
 * <p>Variables: {@code :title} (the post's path under {@code _posts} without extension, sub-folders
 * included), {@code :name} (its file name without extension), {@code :post_title} (the title,
 * slugified and lower-cased as Hexo does), {@code :year :month :day :hour :minute :second} (zero
 * padded) and {@code :i_month :i_day} (not padded) in the site's timezone (else UTC), {@code :hash},
 * {@code :id} (front matter {@code id}), {@code :category} (the slug path of the last category
 * path, else the config's {@code default_category}); any other name takes a scalar front matter value
 * of that key, else {@code permalink_defaults}, else is empty. Deliberate differences from Hexo: a
 * post without front matter {@code title} uses its file name for {@code :post_title}, one without
 * {@code id} its file name for {@code :id} (Hexo uses a database id), and an absolute front matter
 * {@code permalink} is taken as the URL.
 */
public final class Permalinks {
  /** hexo-util's variable syntax: a colon, then word characters not ending in '_'. */
  private static final Pattern VARIABLE = Pattern.compile(":(\\w*[^_\\W])");
  /** hexo-util slugize's separators (JavaScript's \s included). */
  private static final Pattern SPECIAL = Pattern.compile(
      "[\\s\\u000B\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF~`!@#$%^&*()\\-_+=\\[\\]{}|\\\\;:\"'<>,.?/]+");
  private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u001f]");
  private static final Pattern COMBINING = Pattern.compile("[\\u0300-\\u036f]");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern SLASH_RUNS = Pattern.compile("/{2,}");
  private static final Map<Character, String> NON_DECOMPOSABLE = Map.ofEntries(
      Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Ø', "O"), Map.entry('ø', "o"),
      Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Ł', "L"), Map.entry('ł', "l"),
      Map.entry('Œ', "OE"), Map.entry('œ', "oe"), Map.entry('Þ', "TH"), Map.entry('þ', "th"),
      Map.entry('ß', "ss"), Map.entry('Ð', "D"), Map.entry('ð', "d"), Map.entry('ı', "i"));

  private Permalinks() {}

  /**
   * The absolute URL (not yet normalised) of a post.
   *
   * @param slug the post's path under {@code _posts} without extension, '/' separated
   * @param fallbackDate the date used for date variables when the post has none (Hexo uses the
   *     file's time); may be null, leaving them empty
   */
  public static String url(HexoConfig config, String slug, FrontMatter frontMatter, Instant fallbackDate) {
    String own = frontMatter.permalink();
    if (own != null && isAbsolute(own)) {
      return own.startsWith("//") ? "https:" + own : own;
    }
    String path = own != null ? own : path(config, slug, frontMatter, fallbackDate);
    String url = join(config.url(), path);
    if (!config.trailingIndex() && url.endsWith("index.html")) {
      url = url.substring(0, url.length() - "index.html".length());
    }
    if (!config.trailingHtml() && url.endsWith(".html")) {
      url = url.substring(0, url.length() - ".html".length());
    }
    return url;
  }

  /** The config's permalink pattern with the post's values in place of its variables. */
  public static String path(HexoConfig config, String slug, FrontMatter frontMatter, Instant fallbackDate) {
    Instant instant = frontMatter.date() != null ? frontMatter.date() : fallbackDate;
    ZonedDateTime date = instant == null ? null : instant.atZone(config.timezone() == null ? ZoneOffset.UTC : config.timezone());
    String name = slug.substring(slug.lastIndexOf('/') + 1);
    Matcher m = VARIABLE.matcher(config.permalink());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), config, slug, name, frontMatter, date)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(String variable, HexoConfig config, String slug, String name, FrontMatter fm, ZonedDateTime date) {
    return switch (variable) {
      case "title", "slug" -> slug;
      case "name" -> name;
      case "post_title" -> slugize(fm.title() != null ? fm.title() : name).toLowerCase(java.util.Locale.ROOT);
      case "year" -> date == null ? "" : String.format("%04d", date.getYear());
      case "month" -> date == null ? "" : twoDigits(date.getMonthValue());
      case "day" -> date == null ? "" : twoDigits(date.getDayOfMonth());
      case "hour" -> date == null ? "" : twoDigits(date.getHour());
      case "minute" -> date == null ? "" : twoDigits(date.getMinute());
      case "second" -> date == null ? "" : twoDigits(date.getSecond());
      case "i_month" -> date == null ? "" : Integer.toString(date.getMonthValue());
      case "i_day" -> date == null ? "" : Integer.toString(date.getDayOfMonth());
      case "hash" -> date == null ? "" : hash(slug, date.toEpochSecond());
      case "id" -> {
        String id = FrontMatterParser.text(fm.other().get("id"));
        yield id != null ? id : name;
      }
      case "category" -> category(config, fm.categories());
      default -> {
        String own = FrontMatterParser.text(fm.other().get(variable));
        yield own != null ? own : config.permalinkDefaults().getOrDefault(variable, "");
      }
    };
  }

  /** Hexo's Category slug: the levels of the last path, each slugized, joined by '/'. */
  private static String category(HexoConfig config, List<List<String>> categories) {
    if (categories.isEmpty()) {
      return config.defaultCategory();
    }
    List<String> last = categories.get(categories.size() - 1);
    StringBuilder out = new StringBuilder();
    for (String level : last) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(slugize(level));
    }
    return out.toString();
  }

  /**
   * hexo-util's {@code slugize}: diacritics dropped, control characters removed, runs of white
   * space and punctuation turned into one '-', no leading or trailing '-'. Case is kept.
   */
  public static String slugize(String text) {
    String s = COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder mapped = null;
    for (int i = 0; i < s.length(); i++) {
      String replacement = s.charAt(i) > 0x7E ? NON_DECOMPOSABLE.get(s.charAt(i)) : null;
      if (replacement != null && mapped == null) {
        mapped = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (mapped != null) {
        if (replacement != null) {
          mapped.append(replacement);
        } else {
          mapped.append(s.charAt(i));
        }
      }
    }
    if (mapped != null) {
      s = mapped.toString();
    }
    s = CONTROL.matcher(s).replaceAll("");
    s = SPECIAL.matcher(s).replaceAll("-");
    return EDGE_DASHES.matcher(s).replaceAll("");
  }

  /** {@code base} + "/" + {@code path}, runs of slashes in the path collapsed, illegal characters percent-encoded. */
  static String join(String base, String path) {
    String tail = SLASH_RUNS.matcher("/" + path).replaceAll("/");
    try {
      URI site = new URI(base);
      String basePath = site.getPath() == null ? "" : site.getPath();
      while (basePath.endsWith("/")) {
        basePath = basePath.substring(0, basePath.length() - 1);
      }
      String fullPath = basePath + tail;
      if (site.getRawAuthority() == null) {
        // file: URLs of sites without a configured url: keep the "file:///" form
        return site.getScheme() + "://" + new URI(null, null, fullPath, null).toASCIIString();
      }
      return new URI(site.getScheme(), site.getRawAuthority(), fullPath, null, null).toASCIIString();
    } catch (URISyntaxException e) {
      return base + tail;
    }
  }

  static boolean isAbsolute(String url) {
    return url.startsWith("//") || url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String hash(String slug, long unixSeconds) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest((slug + unixSeconds).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }
}
