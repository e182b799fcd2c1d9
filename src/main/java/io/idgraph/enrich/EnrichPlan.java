package io.idgraph.enrich;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import java.util.List;

/**
 * An enrichment ready to run: the header read, the identifier columns bound, the output columns
 * fixed. Made by {@link RowEnricher#plan}; everything that can be wrong with the arguments has been
 * found by then, before any output is written.
 *
 * @param bindings the identifier columns, as named or guessed
 */
public record EnrichPlan(
    CsvReader reader,
    List<String> header,
    List<CsvRecord> sample,
    List<ColumnBinding> bindings,
    OutputColumns columns,
    EnrichOptions options) {
  /** True when any column or hash was guessed rather than named. */
  public boolean guessed() {
    return bindings.stream().anyMatch(ColumnBinding::guessed);
  }

  /** The header of the output file. */
  public List<String> outputHeader() {
    return columns.header();
  }
}
