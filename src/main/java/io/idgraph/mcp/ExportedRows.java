package io.idgraph.mcp;

import io.idgraph.export.Columns;
import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.RowSource;
import io.idgraph.resolve.Chunked;
import java.util.List;

/**
 * A tool's result rows written to a file of the call's workflow, and the first {@link #SAMPLE} of
 * them to show inline.
 *
 * @param sample the rows shown inline
 * @param truncated true when the file holds more rows than the sample, else null (left out)
 */
record ExportedRows<T>(List<T> sample, Boolean truncated, Export export) {
  static final int SAMPLE = 100;

  /** Rows made a wave at a time: a few chunks a core, as a CSV writer renders them. */
  private static final int WAVE = 4 * Chunked.CHUNK * Runtime.getRuntime().availableProcessors();

  /**
   * Writes {@code count} rows, made a wave at a time by {@code rows}, so that a large export holds
   * one wave of them, not all.
   */
  static <T> ExportedRows<T> write(
      Exports exports,
      CallContext context,
      String baseName,
      ExportFormat format,
      Columns<T> columns,
      int count,
      RowSource.Range<T> rows) {
    Export export =
        exports.write(
            context.workflowId(),
            baseName,
            context.fileSuffix(),
            format,
            columns,
            RowSource.inWaves(count, WAVE, rows));
    boolean more = count > SAMPLE;
    return new ExportedRows<>(
        List.copyOf(rows.between(0, Math.min(count, SAMPLE))), more ? Boolean.TRUE : null, export);
  }
}
