package io.alsoread.search;

import io.alsoread.index.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.Query;

/**
 * An inclusive span of publication time in epoch milliseconds (UTC), as the {@code date} field
 * holds it: what a date a user types means ({@code 2024} is the whole year, {@code 2024-06} the
 * month, {@code 2024-06-30} the day, a full timestamp the instant).
 */
record DateSpan(long first, long last) {

  static final DateSpan ALL = new DateSpan(Long.MIN_VALUE, Long.MAX_VALUE);

  /** The span of the days {@code from} to {@code to}, both inclusive; null bounds are open. */
  static DateSpan ofDays(LocalDate from, LocalDate to) {
    long first = from == null ? Long.MIN_VALUE : startOf(from.toEpochDay());
    long last = to == null ? Long.MAX_VALUE : Math.max(Long.MIN_VALUE + 1, startOf(to.toEpochDay() + 1)) - 1;
    return new DateSpan(first, last);
  }

  /**
   * Parses a year, month, day or timestamp ({@code 2024}, {@code 2024-06}, {@code 2024-06-30},
   * {@code 2024-06-30T08:00:00Z}; a timestamp without zone is UTC), or {@code *} for unbounded.
   *
   * @throws IllegalArgumentException when the text is none of these
   */
  static DateSpan parse(String text) {
    String value = text.strip();
    if (value.equals("*")) {
      return ALL;
    }
    try {
      return switch (value.length()) {
        case 4 -> {
          Year year = Year.parse(value);
          yield between(year.atDay(1), year.plusYears(1).atDay(1));
        }
        case 7 -> {
          YearMonth month = YearMonth.parse(value);
          yield between(month.atDay(1), month.plusMonths(1).atDay(1));
        }
        case 10 -> {
          LocalDate day = LocalDate.parse(value);
          yield between(day, day.plusDays(1));
        }
        default -> {
          long millis = instant(value).toEpochMilli();
          yield new DateSpan(millis, millis);
        }
      };
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a date (expected 2024, 2024-06, 2024-06-30 or 2024-06-30T08:00:00Z)");
    }
  }

  /**
   * The range query on {@link Fields#DATE}; undated articles never match. It checks each candidate's
   * doc value: the field has no points, whose reader costs a one-shot command about 20 ms to set up,
   * and a date filter narrows a query rather than leading it.
   */
  Query query() {
    return NumericDocValuesField.newSlowRangeQuery(Fields.DATE, first, last);
  }

  boolean isEmpty() {
    return first > last;
  }

  private static DateSpan between(LocalDate start, LocalDate endExclusive) {
    return new DateSpan(startOf(start.toEpochDay()), startOf(endExclusive.toEpochDay()) - 1);
  }

  /** The epoch millis at which a day starts, or the nearest long when the day is beyond them (LocalDate.MIN, MAX). */
  private static long startOf(long epochDay) {
    try {
      return Math.multiplyExact(epochDay, 86_400_000L);
    } catch (ArithmeticException e) {
      return epochDay < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static Instant instant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }
  }
}
