package io.alsoread.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
  private static long millis(String iso) {
    return Instant.parse(iso).toEpochMilli();
  }

  @Test
  void periodsCoverWholeUtcDaysMonthsAndYears() {
    assertEquals(new DateSpan(millis("2024-06-30T00:00:00Z"), millis("2024-06-30T23:59:59.999Z")), DateSpan.parse("2024-06-30"));
    assertEquals(new DateSpan(millis("2024-02-01T00:00:00Z"), millis("2024-02-29T23:59:59.999Z")), DateSpan.parse("2024-02"));
    assertEquals(new DateSpan(millis("2024-01-01T00:00:00Z"), millis("2024-12-31T23:59:59.999Z")), DateSpan.parse(" 2024 "));
  }

  @Test
  void timestampsAreInstantsAndUtcWithoutAZone() {
    long t = millis("2024-06-30T08:00:00Z");
    assertEquals(new DateSpan(t, t), DateSpan.parse("2024-06-30T08:00:00Z"));
    assertEquals(new DateSpan(t, t), DateSpan.parse("2024-06-30T10:00:00+02:00"));
    assertEquals(new DateSpan(t, t), DateSpan.parse("2024-06-30T08:00:00"));
    assertEquals(DateSpan.ALL, DateSpan.parse("*"));
    assertEquals(DateSpan.parse("2024-02"), DateSpan.parse("2024-2"), "a month of one digit, as --from takes it");
  }

  @Test
  void dayRangesAreInclusiveAndMayBeOpen() {
    DateSpan span = DateSpan.ofDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    assertEquals(millis("2024-01-01T00:00:00Z"), span.first());
    assertEquals(millis("2024-01-31T23:59:59.999Z"), span.last());
    assertEquals(Long.MIN_VALUE, DateSpan.ofDays(null, LocalDate.of(2024, 1, 31)).first());
    assertEquals(Long.MAX_VALUE, DateSpan.ofDays(LocalDate.of(2024, 1, 1), null).last());
    // days beyond epoch milliseconds are open bounds, not an overflow
    DateSpan widest = DateSpan.ofDays(LocalDate.MIN, LocalDate.MAX);
    assertEquals(Long.MIN_VALUE, widest.first());
    assertTrue(widest.last() >= Long.MAX_VALUE - 1);
  }

  @Test
  void anythingElseIsRefusedWithTheFormsItTakes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("yesterday"));
    assertEquals("'yesterday' is not a date (expected 2024, 2024-06, 2024-06-30 or 2024-06-30T08:00:00Z)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("2024-13"));
    assertThrows(IllegalArgumentException.class, () -> DateSpan.parse("2024-02-30"));
  }
}
