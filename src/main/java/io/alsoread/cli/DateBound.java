package io.alsoread.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the {@code --from} and {@code --to} dates: {@code 2024-07-25}, or a whole month ({@code 2024-07})
 * or year ({@code 2024}), which starts at its first day for {@code --from} and ends at its last for
 * {@code --to}; a time as output prints dates ({@code 2024-07-25T08:59:44.484Z}, or with another
 * offset) is its day in UTC, so that a hit's date pasted as a bound keeps the hit.
 */
final class DateBound {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  private DateBound() {}

  static LocalDate parse(String value, boolean end) {
    String text = value.trim();
    try {
      if (YEAR.matcher(text).matches()) {
        int year = Integer.parseInt(text);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      Matcher monthMatch = MONTH.matcher(text);
      if (monthMatch.matches()) {
        YearMonth month = YearMonth.of(Integer.parseInt(monthMatch.group(1)), Integer.parseInt(monthMatch.group(2)));
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (text.indexOf('T') > 0) {
        return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      return LocalDate.parse(text);
    } catch (java.time.DateTimeException e) {
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
