package io.idgraph.load;

import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Whether a text is an ISO-8601 time with an offset, as {@link OffsetDateTime#parse} reads one. The
 * form graph files use, {@code 2025-01-15T10:30:00Z}, is checked by hand: the full parser took a
 * twentieth of a load's parsing. Every other form goes to the full parser.
 */
final class IsoTime {
  private static final String UTC_SECONDS = "dddd-dd-ddTdd:dd:ddZ";

  private IsoTime() {}

  static boolean isValid(String text) {
    if (hasShape(text)) {
      int year = number(text, 0, 4);
      int month = number(text, 5, 2);
      int day = number(text, 8, 2);
      return month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))
          && number(text, 11, 2) < 24
          && number(text, 14, 2) < 60
          && number(text, 17, 2) < 60;
    }
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean hasShape(String text) {
    if (text.length() != UTC_SECONDS.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char want = UTC_SECONDS.charAt(i);
      char c = text.charAt(i);
      if (want == 'd' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int digits) {
    int n = 0;
    for (int i = from; i < from + digits; i++) {
      n = n * 10 + text.charAt(i) - '0';
    }
    return n;
  }
}
