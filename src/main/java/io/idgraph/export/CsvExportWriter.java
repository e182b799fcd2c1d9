package io.idgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** CSV: a header line, then one line per row (RFC 4180, UTF-8, CRLF). */
final class CsvExportWriter<T> extends ExportWriter<T> {
  private final Writer out;
  private final Columns<T> columns;

  CsvExportWriter(OutputStream out, Columns<T> columns) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
    CsvLine.write(this.out, columns.header());
  }

  @Override
  void writeRow(T row) throws IOException {
    CsvLine.write(out, columns.fields(row));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
