package io.idgraph.export;

import java.io.IOException;
import java.util.List;

/** Feeds rows to an export writer, one at a time, so nothing needs to hold them all. */
@FunctionalInterface
public interface RowSource<T> {
  void writeTo(ExportWriter<T> writer) throws IOException;

  /** Rows already in memory. */
  static <T> RowSource<T> of(Iterable<T> rows) {
    return writer -> {
      if (rows instanceof List<T> list) {
        writer.writeAll(list);
        return;
      }
      for (T row : rows) {
        writer.write(row);
      }
    };
  }
}
