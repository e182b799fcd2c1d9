package io.idgraph.export;

import io.idgraph.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;

/** CSV: a header line, then one line per row (RFC 4180, UTF-8, CRLF). */
final class CsvExportWriter<T> extends ExportWriter<T> {
  private final CsvWriter out;
  private final Columns<T> columns;

  CsvExportWriter(OutputStream out, Columns<T> columns) {
    this.out = new CsvWriter(out);
    this.columns = columns;
    this.out.record(columns.header());
  }

  @Override
  void writeRow(T row) {
    out.record(columns.fields(row));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
