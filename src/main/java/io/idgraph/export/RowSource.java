package io.idgraph.export;

import java.io.IOException;
import java.util.List;

/** Feeds rows to an export writer, one at a time, so nothing needs to hold them all. */
@FunctionalInterface
public interface RowSource<T> {
  void writeTo(ExportWriter<T> writer) throws IOException;

  /** Rows already in memory: given to the writer at once, which may render them on every core. */
  static <T> RowSource<T> of(List<T> rows) {
    return writer -> writer.writeAll(rows);
  }
}
