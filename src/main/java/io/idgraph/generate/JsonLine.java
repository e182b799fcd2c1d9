package io.idgraph.generate;

/**
 * A tiny JSON writer over a reused StringBuilder: objects, arrays, strings, numbers, booleans. The
 * generator writes millions of lines; building them by hand keeps key order fixed and avoids a tree
 * per person.
 */
final class JsonLine {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;

  /** One bit per open level: set when the level already holds a member. */
  private long hasMember;

  private int depth;

  JsonLine(StringBuilder out) {
    this.out = out;
  }

  JsonLine beginObject() {
    separate();
    out.append('{');
    push();
    return this;
  }

  JsonLine endObject() {
    pop();
    out.append('}');
    return this;
  }

  JsonLine beginArray() {
    separate();
    out.append('[');
    push();
    return this;
  }

  JsonLine endArray() {
    pop();
    out.append(']');
    return this;
  }

  /** Writes {@code "name":} inside an object; the value follows. */
  JsonLine name(String name) {
    separate();
    string(name);
    out.append(':');
    hasMember &= ~(1L << depth); // the value that follows needs no comma
    return this;
  }

  JsonLine value(String value) {
    separate();
    string(value);
    return this;
  }

  JsonLine value(long value) {
    separate();
    out.append(value);
    return this;
  }

  JsonLine value(boolean value) {
    separate();
    out.append(value);
    return this;
  }

  /**
   * A number with at most {@code decimals} decimals, trailing zeros dropped ("0.9", "37.77493").
   */
  JsonLine value(double value, int decimals) {
    separate();
    appendDecimal(out, value, decimals);
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

  private void string(String s) {
    out.append('"');
    if (isPlain(s)) {
      out.append(s).append('"');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        return false;
      }
    }
    return true;
  }

  private void separate() {
    long bit = 1L << depth;
    if ((hasMember & bit) != 0) {
      out.append(',');
    }
    hasMember |= bit;
  }

  private void push() {
    depth++;
    hasMember &= ~(1L << depth);
  }

  private void pop() {
    depth--;
  }
}
