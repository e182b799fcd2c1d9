package io.idgraph.export;

import io.idgraph.csv.CsvWriter;
import io.idgraph.resolve.Chunked;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * CSV: a header line, then one line per row (RFC 4180, UTF-8, CRLF). Rows given all at once (a wave
 * of a {@link RowSource}) are rendered in chunks on every core ({@link Chunked}) and written in
 * their order.
 */
final class CsvExportWriter<T> extends ExportWriter<T> {
  private final OutputStream stream;
  private final CsvWriter out;
  private final Columns<T> columns;

  CsvExportWriter(OutputStream out, Columns<T> columns) {
    this.stream = out;
    this.out = new CsvWriter(out);
    this.columns = columns;
    this.out.record(columns.header());
  }

  @Override
  void writeRow(T row) {
    out.record(columns.fields(row));
  }

  @Override
  void writeRows(List<T> all) throws IOException {
    out.flush();
    List<byte[]> rendered =
        Chunked.map(
            all.size(), c -> render(all.subList(Chunked.from(c), Chunked.to(c, all.size()))));
    for (byte[] text : rendered) {
      stream.write(text);
    }
  }

  private byte[] render(List<T> rows) {
    ByteArrayOutputStream text = new ByteArrayOutputStream(rows.size() * 128);
    try (CsvWriter chunk = new CsvWriter(text)) {
      for (T row : rows) {
        chunk.record(columns.fields(row));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot render csv rows in memory", e);
    }
    return text.toByteArray();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
