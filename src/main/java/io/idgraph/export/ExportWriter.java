package io.idgraph.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes result rows to a stream as they come, in one format; never holds the rows. */
public abstract class ExportWriter<T> implements Closeable {
  private long rows;

  /** A writer of {@code format} on {@code out}; closing the writer closes {@code out}. */
  static <T> ExportWriter<T> open(ExportFormat format, OutputStream out, Columns<T> columns)
      throws IOException {
    return switch (format) {
      case CSV -> new CsvExportWriter<>(out, columns);
      case JSON -> new JsonExportWriter<>(out, true);
      case JSONL -> new JsonExportWriter<>(out, false);
    };
  }

  public final void write(T row) throws IOException {
    writeRow(row);
    rows++;
  }

  /** Writes rows already in memory, in their order; a format may render them on every core. */
  public final void writeAll(List<T> all) throws IOException {
    writeRows(all);
    rows += all.size();
  }

  /** Data rows written so far (the CSV header is not a row). */
  public final long rows() {
    return rows;
  }

  abstract void writeRow(T row) throws IOException;

  void writeRows(List<T> all) throws IOException {
    for (T row : all) {
      writeRow(row);
    }
  }
}
