package io.idgraph.generate;

import io.idgraph.csv.TextWriter;
import io.idgraph.graph.Json;
import tools.jackson.core.JsonGenerator;

/**
 * One JSON line of the generated graph, written with Jackson's streaming generator straight into
 * the generator's output buffer (no tree per person; key order as written). Numbers with a fixed
 * number of decimals are written in their shortest form ("0.9", "37.77493"). The line is flushed to
 * the buffer when its outermost object or array ends.
 */
final class JsonLine {
  private final JsonGenerator json;
  private int depth;

  JsonLine(StringBuilder out) {
    this.json = Json.MAPPER.createGenerator(new TextWriter(out));
  }

  JsonLine beginObject() {
    json.writeStartObject();
    return opened();
  }

  JsonLine endObject() {
    json.writeEndObject();
    return closed();
  }

  JsonLine beginArray() {
    json.writeStartArray();
    return opened();
  }

  JsonLine endArray() {
    json.writeEndArray();
    return closed();
  }

  /** Writes {@code "name":} inside an object; the value follows. */
  JsonLine name(String name) {
    json.writeName(name);
    return this;
  }

  JsonLine value(String value) {
    json.writeString(value);
    return this;
  }

  JsonLine value(long value) {
    json.writeNumber(value);
    return this;
  }

  JsonLine value(boolean value) {
    json.writeBoolean(value);
    return this;
  }

  /**
   * A number with at most {@code decimals} decimals, trailing zeros dropped ("0.9", "37.77493").
   */
  JsonLine value(double value, int decimals) {
    StringBuilder number = new StringBuilder(24);
    appendDecimal(number, value, decimals);
    json.writeNumber(number.toString());
    return this;
  }

  JsonLine field(String name, String value) {
    return name(name).value(value);
  }

  JsonLine field(String name, long value) {
    return name(name).value(value);
  }

  JsonLine field(String name, double value, int decimals) {
    return name(name).value(value, decimals);
  }

  JsonLine field(String name, boolean value) {
    return name(name).value(value);
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

  private JsonLine opened() {
    depth++;
    return this;
  }

  private JsonLine closed() {
    if (--depth == 0) {
      json.close();
    }
    return this;
  }
}
