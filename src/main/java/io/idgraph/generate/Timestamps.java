package io.idgraph.generate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** ISO-8601 UTC timestamps to the second ("2025-01-15T10:30:00Z"), without a formatter. */
final class Timestamps {
  private Timestamps() {}

  static String isoSeconds(long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    char[] c = new char[20];
    put4(c, 0, t.getYear());
    c[4] = '-';
    put2(c, 5, t.getMonthValue());
    c[7] = '-';
    put2(c, 8, t.getDayOfMonth());
    c[10] = 'T';
    put2(c, 11, t.getHour());
    c[13] = ':';
    put2(c, 14, t.getMinute());
    c[16] = ':';
    put2(c, 17, t.getSecond());
    c[19] = 'Z';
    return new String(c);
  }

  private static void put2(char[] c, int at, int value) {
    c[at] = (char) ('0' + value / 10);
    c[at + 1] = (char) ('0' + value % 10);
  }

  private static void put4(char[] c, int at, int value) {
    put2(c, at, value / 100);
    put2(c, at + 2, value % 100);
  }
}
