package io.alsoread;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as users type it, in a {@code date:} query or as a {@link SearchRequest#from()} or
 * {@link SearchRequest#to()} bound, read as the span of time it names: a year ({@code 2024}), a
 * month ({@code 2024-06} or {@code 2024-6}), a day ({@code 2024-06-30}), or an instant
 * ({@code 2024-06-30T08:00:00Z}, another offset, or none for UTC, as alsoread prints dates).
 * Days are UTC days.
 *
 * @param first the span's first millisecond since the epoch, inclusive
 * @param last its last millisecond, inclusive
 */
public record TypedDate(long first, long last) {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException when it is none of the forms above, or no real date
   */
  public static TypedDate parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
      }
      Matcher month = MONTH.matcher(value);
      if (month.matches()) {
        YearMonth named = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        return days(named.atDay(1), named.plusMonths(1).atDay(1));
      }
      if (DAY.matcher(value).matches()) {
        LocalDate day = LocalDate.parse(value);
        return days(day, day.plusDays(1));
      }
      long instant = instant(value).toEpochMilli();
      return new TypedDate(instant, instant);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a date (expected 2024, 2024-06, 2024-06-30 or 2024-06-30T08:00:00Z)");
    }
  }

  /** The UTC day the span starts in: what a {@code from} bound typed as this text means. */
  public LocalDate firstDay() {
    return Instant.ofEpochMilli(first).atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The UTC day the span ends in: what a {@code to} bound typed as this text means. */
  public LocalDate lastDay() {
    return Instant.ofEpochMilli(last).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static TypedDate days(LocalDate start, LocalDate endExclusive) {
    return new TypedDate(start.toEpochDay() * 86_400_000L, endExclusive.toEpochDay() * 86_400_000L - 1);
  }

  private static Instant instant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }
  }
}
