package io.alsoread.search;

import io.alsoread.TypedDate;
import io.alsoread.index.Fields;
import java.time.LocalDate;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.Query;

/**
 * An inclusive span of publication time in epoch milliseconds (UTC), as the {@code date} field
 * holds it, for a date a user types ({@link TypedDate}) or a span of days.
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
   * What a date typed in a query means (see {@link TypedDate}), or {@code *} for unbounded.
   *
   * @throws IllegalArgumentException when the text is no date
   */
  static DateSpan parse(String text) {
    if (text.strip().equals("*")) {
      return ALL;
    }
    TypedDate date = TypedDate.parse(text);
    return new DateSpan(date.first(), date.last());
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

  /** The epoch millis at which a day starts, or the nearest long when the day is beyond them (LocalDate.MIN, MAX). */
  private static long startOf(long epochDay) {
    try {
      return Math.multiplyExact(epochDay, 86_400_000L);
    } catch (ArithmeticException e) {
      return epochDay < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
