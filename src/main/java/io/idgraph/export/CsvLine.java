package io.idgraph.export;

import java.math.BigDecimal;

/** How export cells are rendered as text (writing them is {@link io.idgraph.csv.CsvWriter}'s). */
final class CsvLine {
  private CsvLine() {}

  /**
   * The text of 0, 0.01, ..., 1: quality scores are rounded to hundredths, and a 100,000-row export
   * writes several a row.
   */
  private static final String[] HUNDREDTHS = new String[101];

  static {
    for (int i = 0; i < HUNDREDTHS.length; i++) {
      HUNDREDTHS[i] = written(i / 100.0);
    }
  }

  /** A number as plain decimal text: 0.9, 1, 0.0001 (never 1.0E-4). */
  static String number(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths >= 0 && hundredths <= 100 && hundredths / 100.0 == value) {
      return HUNDREDTHS[(int) hundredths];
    }
    return written(value);
  }

  private static String written(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String few = fewDecimals(value);
    if (few != null) {
      return few;
    }
    String text = Double.toString(value);
    if (text.indexOf('E') < 0) {
      return text;
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static final int FEW = 4;
  private static final long SCALE = 10_000;

  /**
   * A value that is exactly the double nearest some decimal with at most {@value #FEW} places
   * (quality scores, coordinates rounded to them), written from that decimal's digits: the text
   * Double.toString gives, without its cost (a 100,000-row export writes several such numbers a
   * row). Null for any other value.
   */
  private static String fewDecimals(double value) {
    if (!(Math.abs(value) < 1e9)) {
      return null;
    }
    long scaled = Math.round(value * SCALE);
    if (scaled / (double) SCALE != value) {
      return null;
    }
    long abs = Math.abs(scaled);
    long fraction = abs % SCALE;
    int places = FEW;
    while (fraction % 10 == 0) {
      fraction /= 10;
      places--;
    }
    StringBuilder text = new StringBuilder(16);
    if (scaled < 0) {
      text.append('-');
    }
    text.append(abs / SCALE).append('.');
    String digits = Long.toString(fraction);
    for (int i = digits.length(); i < places; i++) {
      text.append('0');
    }
    return text.append(digits).toString();
  }

  /** An attribute value as text: strings as they are, numbers plain, booleans true/false. */
  static String value(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Float f) {
      return number(f);
    }
    return value.toString();
  }
}
