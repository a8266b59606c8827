package io.alsoread.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads front matter dates as Hexo does (its YAML timestamp rule): {@code YYYY-MM-DD}, optionally
 * followed by {@code T} or spaces and {@code HH:mm[:ss[.fraction]]}, optionally followed by a zone
 * ({@code Z}, {@code +8}, {@code +08}, {@code +0800}, {@code +08:00}). One-digit months, days and
 * hours are accepted, and {@code /} between the date parts. A date without a zone is in the site's
 * {@code timezone}, else UTC (never the machine's zone, so results do not depend on where the
 * index is built). Anything else, or an impossible date, is unreadable: null, never "now".
 */
final class HexoDates {
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
          + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d+))?)?)?"
          + "[ \\t]*(Z|z|[-+]\\d{1,2}(?::?\\d{2})?)?");

  private HexoDates() {}

  /**
   * The instant a front matter value names, or null when it names none.
   *
   * @param zone zone of dates written without one; null means UTC
   */
  static Instant parse(Object value, ZoneId zone) {
    if (!(value instanceof String text)) {
      return null;
    }
    Matcher m = TIMESTAMP.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.of(
          number(m.group(1)), number(m.group(2)), number(m.group(3)),
          m.group(4) == null ? 0 : number(m.group(4)),
          m.group(5) == null ? 0 : number(m.group(5)),
          m.group(6) == null ? 0 : number(m.group(6)),
          nanos(m.group(7)));
      String offset = m.group(8);
      if (offset == null) {
        return local.atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
      }
      return local.toInstant(offset(offset));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text.equalsIgnoreCase("z")) {
      return ZoneOffset.UTC;
    }
    int sign = text.charAt(0) == '-' ? -1 : 1;
    String digits = text.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = number(digits);
    } else {
      hours = number(digits.substring(0, digits.length() - 2));
      minutes = number(digits.substring(digits.length() - 2));
    }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    String nine = fraction.length() >= 9 ? fraction.substring(0, 9) : (fraction + "000000000").substring(0, 9);
    return number(nine);
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
