package io.alsoread.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the timestamps pages put in meta tags ({@code article:published_time} and the like): ISO
 * 8601 with or without zone or time, or with a space instead of {@code T}. A value without a zone
 * is taken as UTC.
 */
final class MetaInstants {
  private MetaInstants() {}

  /** The instant {@code value} names, or null when it is blank or not a date. */
  static Instant parse(String value) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset
          ? offset.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
