package io.idgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 output: fields quoted only when they hold a comma, quote, CR or LF; CRLF line ends. */
final class CsvLine {
  private CsvLine() {}

  static void write(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(out, fields.get(i));
    }
    out.write("\r\n");
  }

  static void writeField(Writer out, String field) throws IOException {
    if (field == null || field.isEmpty()) {
      return;
    }
    if (!needsQuotes(field)) {
      out.write(field);
      return;
    }
    out.write('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        out.write('"');
      }
      out.write(c);
    }
    out.write('"');
  }

  private static boolean needsQuotes(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

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
