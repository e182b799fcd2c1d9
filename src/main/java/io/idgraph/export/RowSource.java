package io.idgraph.export;

import io.idgraph.resolve.Chunked;
import java.io.IOException;
import java.util.List;

/** Feeds rows to an export writer, one at a time, so nothing needs to hold them all. */
@FunctionalInterface
public interface RowSource<T> {
  void writeTo(ExportWriter<T> writer) throws IOException;

  /**
   * {@code count} rows made a {@link Chunked#WAVE} at a time by {@code rows}, each wave given to
   * the writer at once (which may render it on every core): only one wave is held.
   */
  static <T> RowSource<T> inWaves(int count, Range<T> rows) {
    return writer -> {
      for (int from = 0; from < count; from += Chunked.WAVE) {
        writer.writeAll(rows.between(from, Math.min(count, from + Chunked.WAVE)));
      }
    };
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) of a numbered sequence. */
  @FunctionalInterface
  interface Range<T> {
    List<T> between(int from, int to);
  }
}
