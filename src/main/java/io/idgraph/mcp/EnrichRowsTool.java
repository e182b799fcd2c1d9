package io.idgraph.mcp;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvWriter;
import io.idgraph.enrich.ColumnBinding;
import io.idgraph.enrich.EnrichOptions;
import io.idgraph.enrich.EnrichPlan;
import io.idgraph.enrich.EnrichSummary;
import io.idgraph.enrich.RowEnricher;
import io.idgraph.export.ArtifactPage;
import io.idgraph.export.ArtifactPages;
import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.ResourceUri;
import io.idgraph.export.StoredFile;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Echo;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * resolve_and_enrich_rows: every row of an uploaded CSV resolved to its one best person, the
 * requested attributes appended, written to a CSV artifact (streamed; memory does not grow with the
 * file).
 */
record EnrichRowsTool(RowEnricher enricher, Exports exports) implements IdgraphTool.Body {
  static final String NAME = "resolve_and_enrich_rows";
  static final int SAMPLE_ROWS = 10;
  private static final Set<String> NAMES = ToolSchema.argumentNames(NAME);

  /**
   * @param rows data rows read
   * @param written rows in the file (unmatched rows are left out when include_unmatched is false)
   * @param matchRate matched / rows, 4 decimals
   * @param raggedRows rows whose field count differs from the header
   */
  record Stats(
      long rows,
      long written,
      long matched,
      long unmatched,
      double matchRate,
      long invalidValues,
      long raggedRows,
      long blankLines) {}

  /**
   * @param identifierColumns how each identifier was read, e.g. "email <- 'Email' (sha256)"
   * @param columns the output header
   * @param sample the first rows of the output, as objects keyed by the header
   */
  record Result(
      Stats stats,
      List<String> identifierColumns,
      List<String> columns,
      Object sample,
      Export export) {}

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    args.onlyKnown(NAMES, Map.of("format", "the result is always a csv file; drop format"));
    CsvArguments.CsvInput input = CsvArguments.parse(args, context);
    List<Domain> domains = PersonArguments.domains(args);
    EnrichOptions options =
        new EnrichOptions(
            input.lookup(),
            domains,
            minScore(args),
            tiebreaker(args),
            includeUnmatched(args),
            EnrichOptions.DEFAULT_BLOCK_SIZE,
            ResolveArguments.defaultRegion(args));
    StoredFile source = exports.store().require(input.uri());
    EnrichSummary[] summary = new EnrichSummary[1];
    EnrichPlan[] plan = new EnrichPlan[1];
    Export export =
        exports.writeStream(
            context.workflowId(),
            "enriched_rows",
            context.fileSuffix(),
            ExportFormat.CSV,
            out -> {
              try (InputStream in = source.open();
                  CsvReader reader = new CsvReader(in)) {
                plan[0] = enricher.plan(reader, options);
                CsvWriter writer = new CsvWriter(out);
                summary[0] =
                    enricher.run(
                        plan[0],
                        writer,
                        (bytes, rows) -> {},
                        Runtime.getRuntime().availableProcessors());
                writer.close();
                return summary[0].written();
              }
            });
    EnrichSummary s = summary[0];
    Stats stats =
        new Stats(
            s.rows(),
            s.written(),
            s.matched(),
            s.rows() - s.matched(),
            Math.round(s.matchRate() * 10_000) / 10_000.0,
            s.invalidValues(),
            s.raggedRows(),
            s.blankLines());
    List<String> bindings = new ArrayList<>();
    for (ColumnBinding b : plan[0].bindings()) {
      bindings.add(b.describe());
    }
    Result result = new Result(stats, bindings, plan[0].outputHeader(), sample(export), export);
    return new ToolOutput(
        result,
        ToolOutput.counts(
            "rows", (int) Math.min(Integer.MAX_VALUE, s.rows()),
            "matched", (int) Math.min(Integer.MAX_VALUE, s.matched()),
            "domains", domains.size(),
            "exported_rows", (int) Math.min(Integer.MAX_VALUE, s.written())));
  }

  private Object sample(Export export) {
    ResourceUri uri = ResourceUri.parse(export.resourceUri());
    ArtifactPage page =
        ArtifactPages.read(
            exports.store().require(uri),
            new ArtifactPages.PageQuery(0, SAMPLE_ROWS, ExportFormat.JSON));
    return Json.MAPPER.readTree(page.text());
  }

  private static double minScore(Arguments args) {
    double min = args.number("min_score_threshold").orElse(0.0);
    if (!(min >= 0 && min <= 1)) {
      throw IdgraphException.invalid(
          "min_score_threshold must be a number from 0 to 1, got " + min);
    }
    return min;
  }

  private static List<IdType> tiebreaker(Arguments args) {
    List<Object> raw = args.list("tiebreaker_hierarchy").orElse(List.of());
    List<IdType> types = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Object value = raw.get(i);
      String at = "tiebreaker_hierarchy[" + i + "]";
      if (!(value instanceof String name)) {
        throw IdgraphException.invalid(at + " must be a string, got " + Arguments.kind(value));
      }
      types.add(
          IdType.fromWire(name)
              .orElseThrow(
                  () ->
                      IdgraphException.invalid(
                          at
                              + " must be one of "
                              + String.join(", ", ResolveArguments.ID_TYPES)
                              + "; got '"
                              + Echo.cut(name)
                              + "'")));
    }
    return types;
  }

  private static boolean includeUnmatched(Arguments args) {
    Object raw = args.raw("include_unmatched");
    if (raw == null) {
      return true;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    throw IdgraphException.invalid(
        "include_unmatched must be true or false, got " + Arguments.kind(raw));
  }
}
