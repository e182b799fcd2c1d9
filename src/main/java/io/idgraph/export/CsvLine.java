package io.idgraph.export;

import java.math.BigDecimal;

/** How export cells are rendered as text (writing them is {@link io.idgraph.csv.CsvWriter}'s). */
final class CsvLine {
  private CsvLine() {}

  /** A number as plain decimal text: 0.9, 1, 0.0001 (never 1.0E-4). */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = Double.toString(value);
    if (text.indexOf('E') < 0) {
      return text;
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
