package io.idgraph.mcp;

import io.idgraph.export.Columns;
import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.RowSource;
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

  /** Writes {@code rows} to {@code {baseName}-{suffix}.{ext}} in the call's workflow. */
  static <T> ExportedRows<T> write(
      Exports exports,
      CallContext context,
      String baseName,
      ExportFormat format,
      Columns<T> columns,
      List<T> rows) {
    Export export =
        exports.write(
            context.workflowId(),
            baseName,
            context.fileSuffix(),
            format,
            columns,
            RowSource.of(rows));
    boolean more = rows.size() > SAMPLE;
    return new ExportedRows<>(
        more ? List.copyOf(rows.subList(0, SAMPLE)) : rows, more ? Boolean.TRUE : null, export);
  }
}
