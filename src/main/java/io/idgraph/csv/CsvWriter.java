package io.idgraph.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 4180 writer: UTF-8 without a byte-order mark, CRLF line ends, and a field quoted (quotes
 * doubled) only when it holds a comma, a quote, a line break, or starts or ends with a space. A
 * record of one empty field is written as {@code ""} so that it is not read back as a blank line.
 */
public final class CsvWriter implements Closeable, Flushable {
  private final Writer out;
  private boolean first = true;
  private boolean onlyEmpty = true;

  public CsvWriter(OutputStream out) {
    this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Writes to {@code out} as it is (wrap it in a buffer for a file). */
  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes records already rendered by another CsvWriter. */
  public void raw(CharSequence records) {
    try {
      out.append(records);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the csv output", e);
    }
  }

  /** Writes one field of the current record. */
  public void field(String value) {
    try {
      if (!first) {
        out.write(',');
      }
      onlyEmpty &= first && (value == null || value.isEmpty());
      first = false;
      if (value != null && !value.isEmpty()) {
        writeEscaped(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the csv output", e);
    }
  }

  /** Ends the current record. */
  public void endRecord() {
    try {
      out.write(onlyEmpty ? "\"\"\r\n" : "\r\n");
      first = true;
      onlyEmpty = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the csv output", e);
    }
  }

  /** Writes a whole record. */
  public void record(List<String> fields) {
    for (String f : fields) {
      field(f);
    }
    endRecord();
  }

  private void writeEscaped(String value) throws IOException {
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    int from = 0;
    for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', from)) {
      out.write(value, from, i + 1 - from);
      out.write('"');
      from = i + 1;
    }
    out.write(value, from, value.length() - from);
    out.write('"');
  }

  static boolean needsQuotes(String value) {
    if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the csv output", e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
