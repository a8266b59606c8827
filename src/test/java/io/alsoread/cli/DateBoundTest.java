package io.alsoread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DateBoundTest {

  @Test
  void aDayIsItself() {
    assertEquals(LocalDate.of(2024, 7, 25), DateBound.parse("2024-07-25", false));
    assertEquals(LocalDate.of(2024, 7, 25), DateBound.parse("2024-07-25", true));
  }

  @Test
  void aMonthOrYearStartsAndEndsAtItsBounds() {
    assertEquals(LocalDate.of(2024, 2, 1), DateBound.parse("2024-02", false));
    assertEquals(LocalDate.of(2024, 2, 29), DateBound.parse("2024-2", true));
    assertEquals(LocalDate.of(2023, 1, 1), DateBound.parse("2023", false));
    assertEquals(LocalDate.of(2023, 12, 31), DateBound.parse("2023", true));
  }

  @Test
  void aTimeIsItsDayInUtc() {
    assertEquals(LocalDate.of(2024, 7, 25), DateBound.parse("2024-07-25T08:59:44.484Z", false));
    assertEquals(LocalDate.of(2024, 7, 25), DateBound.parse("2024-07-25T23:59:59Z", true));
    assertEquals(LocalDate.of(2024, 7, 24), DateBound.parse("2024-07-25T01:00:00+02:00", false));
  }

  @Test
  void boundsReadDatesAsDateQueriesDo() {
    assertEquals(LocalDate.of(2024, 7, 25), DateBound.parse("2024-07-25T08:00", true), "a time without offset is UTC");
    assertEquals(LocalDate.of(2024, 7, 31), DateBound.parse("2024-7", true));
  }

  @Test
  void anythingElseIsRefused() {
    assertThrows(TypeConversionException.class, () -> DateBound.parse("yesterday", false));
    assertThrows(TypeConversionException.class, () -> DateBound.parse("2024-13", false));
    assertThrows(TypeConversionException.class, () -> DateBound.parse("2024-02-30", true));
    assertThrows(TypeConversionException.class, () -> DateBound.parse("2024-07-25T25:00:00Z", true));
  }
}
