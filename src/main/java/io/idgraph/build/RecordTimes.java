package io.idgraph.build;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The record times a source may hold, read as ISO-8601 instants (UTC). */
final class RecordTimes {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("M/d/uuuu"),
          DateTimeFormatter.ofPattern("uuuu/M/d"));

  private RecordTimes() {}

  /** The time as an ISO-8601 instant, or null when {@code text} is null or not a known form. */
  static String parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).toInstant().toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(t, f).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
