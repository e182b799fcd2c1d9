package io.idgraph.generate;

import io.idgraph.csv.TextWriter;
import io.idgraph.graph.Json;
import tools.jackson.core.JsonGenerator;

/**
 * One JSON line of the generated graph is written with Jackson's streaming generator straight into
 * the generator's output buffer (no tree per person; key order as written); closing the generator
 * flushes the line to the buffer. Here is only what Jackson does not do: numbers with a fixed
 * number of decimals, written in their shortest form ("0.9", "37.77493").
 */
final class JsonLine {
  private JsonLine() {}

  /** A generator for one line written into {@code out}; close it once the line is complete. */
  static JsonGenerator into(StringBuilder out) {
    return Json.MAPPER.createGenerator(new TextWriter(out));
  }

  /**
   * Writes {@code "name":number}, the number with at most {@code decimals} decimals, trailing zeros
   * dropped ("0.9", "37.77493").
   */
  static JsonGenerator decimalProperty(
      JsonGenerator json, String name, double value, int decimals) {
    StringBuilder number = new StringBuilder(24);
    appendDecimal(number, value, decimals);
    return json.writeName(name).writeNumber(number.toString());
  }

  static void appendDecimal(StringBuilder out, double value, int decimals) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(Math.abs(value) * scale);
    if (value < 0 && scaled != 0) {
      out.append('-');
    }
    out.append(scaled / scale);
    long fraction = scaled % scale;
    if (fraction == 0) {
      return;
    }
    out.append('.');
    int width = decimals;
    while (fraction % 10 == 0) {
      fraction /= 10;
      width--;
    }
    String digits = Long.toString(fraction);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
