package io.alsoread.cli;

import io.alsoread.TypedDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the {@code --from} and {@code --to} dates as a {@code date:} query reads them ({@link
 * TypedDate}): a month or year starts at its first day for {@code --from} and ends at its last for
 * {@code --to}; a time (as output prints dates, {@code 2024-07-25T08:59:44.484Z}) is its day in UTC,
 * so that a hit's date pasted as a bound keeps the hit.
 */
final class DateBound {

  private DateBound() {}

  static LocalDate parse(String value, boolean end) {
    try {
      TypedDate date = TypedDate.parse(value);
      return end ? date.lastDay() : date.firstDay();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("expected a date like 2024-07-25, 2024-07, 2024 or 2024-07-25T08:00:00Z, not '" + value + "'");
    }
  }

  /** {@code --from}: the first day of the period. */
  static final class From implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, false);
    }
  }

  /** {@code --to}: the last day of the period. */
  static final class To implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value, true);
    }
  }
}
