package io.idgraph.mcp;

import io.idgraph.export.Columns;
import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.RowSource;
import java.util.ArrayList;
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
    // the sample is the first wave's first rows, kept as it is written: not made a second time
    List<T> sample = new ArrayList<>(Math.min(count, SAMPLE));
    RowSource.Range<T> keepingTheSample =
        (from, to) -> {
          List<T> wave = rows.between(from, to);
          if (from == 0) {
            sample.addAll(wave.subList(0, Math.min(SAMPLE, wave.size())));
          }
          return wave;
        };
    Export export =
        exports.write(
            context.workflowId(),
            baseName,
            context.fileSuffix(),
            format,
            columns,
            RowSource.inWaves(count, keepingTheSample));
    return new ExportedRows<>(List.copyOf(sample), count > SAMPLE ? Boolean.TRUE : null, export);
  }
}
