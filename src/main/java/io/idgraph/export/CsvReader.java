package io.idgraph.export;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields with doubled quotes, CR, LF or CRLF line
 * ends, a UTF-8 byte order mark skipped. Fields and records are bounded so a broken file cannot
 * exhaust memory.
 */
public final class CsvReader implements Closeable {
  static final int MAX_FIELD_CHARS = 1 << 16;
  static final int MAX_FIELDS = 4096;

  private final Reader in;
  private long record;
  private int peeked = -2;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The next record's fields, or null at the end of the input. */
  public List<String> next() throws IOException {
    int c = read();
    if (record == 0 && c == '\uFEFF') {
      c = read();
    }
    if (c < 0) {
      return null;
    }
    record++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw malformed("a quoted field is not closed");
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = n;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        add(fields, field);
        wasQuoted = false;
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            peeked = n;
          }
        }
        add(fields, field);
        return fields;
      } else {
        field.append((char) c);
      }
      if (field.length() > MAX_FIELD_CHARS) {
        throw malformed("a field is longer than " + MAX_FIELD_CHARS + " characters");
      }
      c = read();
    }
  }

  /** The number of the record last returned (1 for the header). */
  public long recordNumber() {
    return record;
  }

  private void add(List<String> fields, StringBuilder field) {
    if (fields.size() >= MAX_FIELDS) {
      throw malformed("a line has more than " + MAX_FIELDS + " fields");
    }
    fields.add(field.toString());
    field.setLength(0);
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }

  private IdgraphException malformed(String what) {
    return new IdgraphException(
        ErrorCode.INVALID_ARGUMENT,
        "the csv is malformed at record "
            + record
            + ": "
            + what
            + "; fix the file and upload it again");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
