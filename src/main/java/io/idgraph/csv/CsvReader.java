package io.idgraph.csv;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader, lenient where real files are: a UTF-8 byte-order mark is skipped,
 * CRLF, LF and lone CR all end a line, quoted fields may hold commas, doubled quotes and line
 * breaks, a quote inside an unquoted field is kept as a character, and completely empty lines are
 * skipped (counted in {@link #blankLines()}). A field longer than the limit is an error naming its
 * line, so a stray quote cannot swallow the rest of a file into memory.
 */
public final class CsvReader implements Closeable {
  /** Default longest field, in characters. */
  public static final int DEFAULT_MAX_FIELD = 1 << 20;

  private static final int MAX_FIELDS = 100_000;
  private static final char BOM = '\uFEFF';

  private final CountingStream counted;
  private final Reader reader;
  private final int maxField;
  private final long maxRecord;
  private long recordChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  private long line = 1;
  private long blankLines;
  private final StringBuilder field = new StringBuilder(64);

  public CsvReader(InputStream in) {
    this(in, DEFAULT_MAX_FIELD);
  }

  public CsvReader(InputStream in, int maxField) {
    this(in, maxField, Long.MAX_VALUE);
  }

  /**
   * A reader that also refuses, with {@link ErrorCode#LIMIT_EXCEEDED}, a record whose fields hold
   * more than {@code maxRecord} characters in all, so a very wide row cannot fill the heap.
   */
  public CsvReader(InputStream in, int maxField, long maxRecord) {
    this.counted = new CountingStream(in);
    this.reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
    this.maxField = maxField;
    this.maxRecord = maxRecord;
    if (peek() == BOM) {
      pos++;
    }
  }

  /** Bytes consumed from the input so far (read ahead by at most a buffer). */
  public long bytesRead() {
    return counted.count;
  }

  /** Empty lines skipped so far. */
  public long blankLines() {
    return blankLines;
  }

  /** The next record, or null at the end of the input. */
  public CsvRecord next() {
    while (true) {
      int c = peek();
      if (c < 0) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        pos++;
        endLine(c);
        blankLines++;
        continue;
      }
      return readRecord();
    }
  }

  private CsvRecord readRecord() {
    long start = line;
    List<String> fields = new ArrayList<>(16);
    recordChars = 0;
    while (true) {
      boolean more = readField(start);
      if (fields.size() >= MAX_FIELDS) {
        throw failure(start, "a record must have at most " + MAX_FIELDS + " fields");
      }
      recordChars += field.length() + 1;
      fields.add(field.toString());
      if (!more) {
        return new CsvRecord(start, fields);
      }
    }
  }

  /** Reads one field into {@link #field}; returns true when a comma follows it. */
  private boolean readField(long start) {
    field.setLength(0);
    boolean quoted = peek() == '"';
    if (quoted) {
      pos++;
      readQuoted(start);
    }
    while (true) {
      if (pos >= len && !fill()) {
        return false;
      }
      char c = buf[pos++];
      switch (c) {
        case ',':
          return true;
        case '\n':
        case '\r':
          endLine(c);
          return false;
        default:
          append(c, start);
      }
    }
  }

  /** Reads up to and including the closing quote, keeping line breaks and doubled quotes. */
  private void readQuoted(long start) {
    while (true) {
      if (pos >= len && !fill()) {
        throw failure(
            start,
            "a quoted field is not closed before the end of the file; check for a stray quote");
      }
      char c = buf[pos++];
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          append('"', start);
        } else {
          return;
        }
      } else {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        append(c, start);
      }
    }
  }

  private void append(char c, long start) {
    if (recordChars + field.length() >= maxRecord) {
      throw new IdgraphException(
          ErrorCode.LIMIT_EXCEEDED,
          "csv line " + start + ": a record holds more than " + maxRecord + " characters");
    }
    if (field.length() >= maxField) {
      throw failure(
          start,
          "a field is longer than "
              + maxField
              + " characters; check for a stray quote or split the value");
    }
    field.append(c);
  }

  private void endLine(int c) {
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    line++;
  }

  private int peek() {
    if (pos >= len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = reader.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      len = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the csv input", e);
    }
  }

  private static IdgraphException failure(long line, String rule) {
    return new IdgraphException(ErrorCode.IO, "csv line " + line + ": " + rule);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
      int r = super.read(b, off, n);
      count += Math.max(0, r);
      return r;
    }
  }
}
