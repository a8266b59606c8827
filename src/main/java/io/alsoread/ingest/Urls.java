package io.alsoread.ingest;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one URL normalisation rule of the project, used for article ids and link targets alike.
 *
 * <p>Scheme and host lower-cased, {@code http} treated as {@code https}, default port dropped,
 * fragment dropped, a trailing {@code index.html} dropped, the path ending in {@code /}, and
 * percent-encoding normalised (unreserved characters decoded, other escapes upper-cased, characters
 * that must be escaped, such as spaces and non-ASCII, encoded as UTF-8), dot segments removed, the
 * query kept. {@code file:} URLs get the same treatment except that they keep their scheme and
 * their last path segment as it is (they name files, not directories), and {@code file:/x} and
 * {@code file://localhost/x} become {@code file:///x}.
 *
 * <p>Hand-parsed rather than through {@code java.net.URI}: it runs once per link of the crawl and
 * must accept what browsers accept (spaces, non-ASCII, backslashes) without throwing.
 */
public final class Urls {
  private static final String HTTPS = "https";
  private static final String HTTP = "http";
  private static final String FILE = "file";
  private static final String INDEX_HTML = "index.html";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  // Character classes as 128-bit masks (low = chars 0..63, high = 64..127).
  private static final long UNRESERVED_LOW = mask(0, "-.0123456789");
  private static final long UNRESERVED_HIGH =
      mask(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_~");
  private static final long SUB_DELIMS_LOW = mask(0, "!$&'()*+,;=");
  private static final long USERINFO_LOW = UNRESERVED_LOW | SUB_DELIMS_LOW | mask(0, ":");
  private static final long PATH_LOW = USERINFO_LOW | mask(0, "/");
  private static final long PATH_HIGH = UNRESERVED_HIGH | mask(64, "@");
  private static final long QUERY_LOW = PATH_LOW | mask(0, "?");

  private Urls() {}

  /**
   * The normalised form of a URL as a user types it: an absolute URL, or a host and path without a
   * scheme ({@code example.com/post}), taken as https; null when it is neither. Never throws.
   */
  public static String normalizeTyped(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String value = url.strip();
    String normalized = normalize(value);
    return normalized != null || value.contains("://") ? normalized : normalize("https://" + value);
  }

  /**
   * Returns the normalised form of an absolute URL, or null when {@code url} is not an absolute
   * http(s) or file URL. Never throws.
   */
  public static String normalize(String url) {
    if (url == null) {
      return null;
    }
    if (isNormal(url)) {
      return url; // most links of a crawl are written in normal form already
    }
    Parts parts = split(clean(url));
    return parts == null ? null : build(parts);
  }

  /**
   * Resolves {@code href} against {@code base} (an absolute URL) as a browser would (RFC 3986,
   * including protocol-relative {@code //host/x}) and normalises the result; null when unusable
   * (another scheme such as {@code javascript:} or {@code mailto:}, a relative href without a
   * usable base, a malformed host). An empty or fragment-only href resolves to the base itself.
   */
  public static String resolve(String base, String href) {
    if (href == null) {
      return null;
    }
    String ref = clean(href);
    if (schemeEnd(ref) > 0) {
      return normalize(ref);
    }
    Parts b = base == null ? null : split(clean(base));
    if (b == null) {
      return null;
    }
    boolean webBase = !b.scheme.equals(FILE);
    if (ref.length() >= 2 && isSlash(ref.charAt(0), webBase) && isSlash(ref.charAt(1), webBase)) {
      return normalize(b.scheme + ":" + ref);
    }
    int hash = ref.indexOf('#');
    int end = hash < 0 ? ref.length() : hash;
    int question = ref.indexOf('?');
    if (question >= end) {
      question = -1;
    }
    int pathEnd = question < 0 ? end : question;
    String refPath = ref.substring(0, pathEnd);
    String refQuery = question < 0 ? null : ref.substring(question + 1, end);
    if (refPath.isEmpty()) {
      return build(new Parts(b.scheme, b.authority, b.path, refQuery != null ? refQuery : b.query));
    }
    String path;
    if (isSlash(refPath.charAt(0), webBase)) {
      path = refPath;
    } else {
      String basePath = webBase ? b.path.replace('\\', '/') : b.path;
      int lastSlash = basePath.lastIndexOf('/');
      path = lastSlash < 0 ? "/" + refPath : basePath.substring(0, lastSlash + 1) + refPath;
    }
    return build(new Parts(b.scheme, b.authority, path, refQuery));
  }

  /**
   * The lower-cased host of a normalised URL, without user info or port; "" when it has none
   * ({@code file:///path}) or is not a URL.
   */
  public static String host(String normalizedUrl) {
    if (normalizedUrl == null) {
      return "";
    }
    int start = normalizedUrl.indexOf("://");
    if (start < 0) {
      return "";
    }
    start += 3;
    int end = start;
    while (end < normalizedUrl.length() && "/?#".indexOf(normalizedUrl.charAt(end)) < 0) {
      end++;
    }
    int at = normalizedUrl.lastIndexOf('@', end - 1);
    if (at >= start) {
      start = at + 1;
    }
    if (start >= end) {
      return "";
    }
    if (normalizedUrl.charAt(start) == '[') {
      int close = normalizedUrl.indexOf(']', start);
      end = close < 0 || close > end ? end : close + 1;
    } else {
      int portColon = normalizedUrl.lastIndexOf(':', end - 1);
      if (portColon >= start) {
        end = portColon;
      }
    }
    return normalizedUrl.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** The raw parts of an absolute URL; {@code authority} is null for {@code file:/path}. */
  private record Parts(String scheme, String authority, String path, String query) {}

  /** Splits an absolute http(s) or file URL into its raw parts (fragment dropped), or null. */
  private static Parts split(String s) {
    int colon = schemeEnd(s);
    if (colon <= 0) {
      return null;
    }
    String scheme = lowerScheme(s, colon);
    if (scheme == null) {
      return null;
    }
    boolean web = !scheme.equals(FILE);
    int pos = colon + 1;
    int hash = s.indexOf('#', pos);
    int end = hash < 0 ? s.length() : hash;
    String authority = null;
    if (pos + 1 < end && isSlash(s.charAt(pos), web) && isSlash(s.charAt(pos + 1), web)) {
      pos += 2;
      int authEnd = pos;
      while (authEnd < end && !isAuthorityEnd(s.charAt(authEnd), web)) {
        authEnd++;
      }
      authority = s.substring(pos, authEnd);
      pos = authEnd;
    } else if (web || pos >= end || s.charAt(pos) != '/') {
      return null; // http needs "//host"; a file URL needs an absolute path
    }
    int question = s.indexOf('?', pos);
    if (question >= end) {
      question = -1;
    }
    int pathEnd = question < 0 ? end : question;
    String query = question < 0 ? null : s.substring(question + 1, end);
    return new Parts(scheme, authority, s.substring(pos, pathEnd), query);
  }

  /** Formats raw parts in normal form, or null when the host or port is malformed. */
  private static String build(Parts p) {
    boolean web = !p.scheme.equals(FILE);
    StringBuilder out = new StringBuilder(16 + p.path.length() + (p.query == null ? 0 : p.query.length()));
    out.append(web ? HTTPS : FILE).append("://");
    if (p.authority != null && !appendAuthority(out, p.authority, p.scheme, web)) {
      return null;
    }
    int pathStart = out.length();
    String path = web ? p.path.replace('\\', '/') : p.path;
    if (path.isEmpty() || path.charAt(0) != '/') {
      out.append('/');
    }
    appendEscaped(out, path, PATH_LOW, PATH_HIGH);
    if (hasDotSegment(out, pathStart, out.length())) {
      String normalPath = removeDotSegments(out.substring(pathStart));
      out.setLength(pathStart);
      out.append(normalPath);
    }
    if (web) {
      if (endsWith(out, "/" + INDEX_HTML)) {
        out.setLength(out.length() - INDEX_HTML.length());
      } else if (out.charAt(out.length() - 1) != '/') {
        out.append('/');
      }
    }
    if (p.query != null && !p.query.isEmpty()) {
      out.append('?');
      appendEscaped(out, p.query, QUERY_LOW, PATH_HIGH);
    }
    return out.toString();
  }

  /**
   * A conservative test that {@code url} is already in normal form, so {@link #normalize} can skip
   * the rebuild: an https URL with a plain lower-case host, no port, user info, escapes, fragment
   * or dot segments, a path ending in "/" and only characters that need no escaping. Anything else
   * takes the full path.
   */
  private static boolean isNormal(String url) {
    if (!url.startsWith("https://")) {
      return false;
    }
    int n = url.length();
    int hostStart = HTTPS.length() + 3;
    int i = hostStart;
    while (i < n && url.charAt(i) != '/') {
      char c = url.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')) {
        return false;
      }
      i++;
    }
    if (i == hostStart || i == n) {
      return false;
    }
    int pathStart = i;
    while (i < n && url.charAt(i) != '?') {
      if (!inMask(url.charAt(i), PATH_LOW, PATH_HIGH)) {
        return false;
      }
      i++;
    }
    if (url.charAt(i - 1) != '/' || hasDotSegment(url, pathStart, i)) {
      return false;
    }
    if (i < n && i == n - 1) {
      return false; // an empty query is dropped
    }
    for (i++; i < n; i++) {
      if (!inMask(url.charAt(i), QUERY_LOW, PATH_HIGH)) {
        return false;
      }
    }
    return true;
  }

  /** Appends user info, host and non-default port; false when the host or port is malformed. */
  private static boolean appendAuthority(StringBuilder out, String authority, String scheme, boolean web) {
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    String host = hostPort;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return false;
      }
      host = hostPort.substring(0, close + 1);
      String rest = hostPort.substring(close + 1);
      if (!rest.isEmpty() && rest.charAt(0) != ':') {
        return false;
      }
      port = rest.isEmpty() ? "" : rest.substring(1);
    } else {
      int portColon = hostPort.lastIndexOf(':');
      if (portColon >= 0) {
        host = hostPort.substring(0, portColon);
        port = hostPort.substring(portColon + 1);
      }
    }
    String normalHost = normalHost(host);
    if (normalHost == null || (web && normalHost.isEmpty())) {
      return false;
    }
    if (!web && normalHost.equals("localhost")) {
      normalHost = "";
    }
    if (at >= 0) {
      appendEscaped(out, authority.substring(0, at), USERINFO_LOW, UNRESERVED_HIGH);
      out.append('@');
    }
    out.append(normalHost);
    if (!port.isEmpty()) {
      if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      int number = Integer.parseInt(port);
      if (number > 65535) {
        return false;
      }
      // 443 is https's default, and http URLs become https; 80 is dropped only where http said it.
      boolean isDefault = web && (number == 443 || (number == 80 && scheme.equals(HTTP)));
      if (!isDefault) {
        out.append(':').append(number);
      }
    }
    return true;
  }

  /** Lower-cases a host (IDN to ASCII), or null when it holds characters no host may hold. */
  private static String normalHost(String host) {
    if (host.startsWith("[")) {
      return isIpv6Literal(host) ? host.toLowerCase(Locale.ROOT) : null;
    }
    boolean ascii = true;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c >= 128) {
        ascii = false;
      } else if (!isHostChar(c)) {
        return null;
      }
    }
    if (ascii) {
      return host.toLowerCase(Locale.ROOT);
    }
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHostChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isIpv6Literal(String host) {
    if (host.length() < 3 || host.charAt(host.length() - 1) != ']') {
      return false;
    }
    for (int i = 1; i < host.length() - 1; i++) {
      char c = host.charAt(i);
      if (hexValue(c) < 0 && c != ':' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends {@code s} with percent-encoding normalised: escapes of unreserved characters decoded,
   * other escapes upper-cased, a stray {@code %} escaped, and characters outside the allowed set
   * (given as masks) encoded as UTF-8.
   */
  private static void appendEscaped(StringBuilder out, String s, long allowedLow, long allowedHigh) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < n ? hexValue(s.charAt(i + 1)) : -1;
        int lo = hi >= 0 ? hexValue(s.charAt(i + 2)) : -1;
        if (lo < 0) {
          out.append("%25");
          continue;
        }
        int value = (hi << 4) | lo;
        if (inMask(value, UNRESERVED_LOW, UNRESERVED_HIGH)) {
          out.append((char) value);
        } else {
          appendByte(out, value);
        }
        i += 2;
      } else if (c < 128) {
        if (inMask(c, allowedLow, allowedHigh)) {
          out.append(c);
        } else {
          appendByte(out, c);
        }
      } else {
        int codePoint = c;
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          codePoint = Character.toCodePoint(c, s.charAt(++i));
        } else if (Character.isSurrogate(c)) {
          codePoint = 0xFFFD;
        }
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          appendByte(out, b & 0xFF);
        }
      }
    }
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  /** RFC 3986 section 5.2.4 on an absolute path; keeps empty segments. */
  static String removeDotSegments(String path) {
    if (!hasDotSegment(path, 0, path.length())) {
      return path;
    }
    String[] segments = path.substring(1).split("/", -1);
    List<String> kept = new ArrayList<>(segments.length);
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !kept.isEmpty()) {
          kept.remove(kept.size() - 1);
        }
        trailingSlash |= last;
      } else {
        kept.add(segment);
      }
    }
    StringBuilder out = new StringBuilder(path.length());
    out.append('/').append(String.join("/", kept));
    if (trailingSlash && !kept.isEmpty()) {
      out.append('/');
    }
    return out.toString();
  }

  private static boolean endsWith(StringBuilder s, String suffix) {
    int start = s.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (s.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the absolute path in {@code path[from, to)} has a "." or ".." segment. */
  private static boolean hasDotSegment(CharSequence path, int from, int to) {
    int n = to;
    for (int i = from; i + 1 < n; i++) {
      if (path.charAt(i) != '/' || path.charAt(i + 1) != '.') {
        continue;
      }
      int after = i + 2;
      if (after < n && path.charAt(after) == '.') {
        after++;
      }
      if (after == n || path.charAt(after) == '/') {
        return true;
      }
    }
    return false;
  }

  /** Index of the colon ending a syntactically valid scheme at the start of {@code s}, else -1. */
  private static int schemeEnd(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  /** The lower-cased scheme if it is http, https or file, else null. */
  private static String lowerScheme(String s, int colon) {
    if (s.regionMatches(true, 0, HTTPS, 0, colon) && colon == HTTPS.length()) {
      return HTTPS;
    }
    if (s.regionMatches(true, 0, HTTP, 0, colon) && colon == HTTP.length()) {
      return HTTP;
    }
    if (s.regionMatches(true, 0, FILE, 0, colon) && colon == FILE.length()) {
      return FILE;
    }
    return null;
  }

  /** Strips leading and trailing spaces and controls, and tabs and line breaks anywhere (as browsers do). */
  private static String clean(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    String trimmed = s.substring(start, end);
    if (trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
      return trimmed;
    }
    StringBuilder out = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSlash(char c, boolean web) {
    return c == '/' || (web && c == '\\');
  }

  private static boolean isAuthorityEnd(char c, boolean web) {
    return c == '/' || c == '?' || c == '#' || (web && c == '\\');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean inMask(int c, long low, long high) {
    return c < 64 ? (low & (1L << c)) != 0 : c < 128 && (high & (1L << (c - 64))) != 0;
  }

  private static long mask(int offset, String chars) {
    long bits = 0;
    for (int i = 0; i < chars.length(); i++) {
      bits |= 1L << (chars.charAt(i) - offset);
    }
    return bits;
  }
}
