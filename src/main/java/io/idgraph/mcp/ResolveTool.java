package io.idgraph.mcp;

import io.idgraph.enrich.CsvIdentifiers;
import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.IdentityColumns;
import io.idgraph.graph.IdType;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.Identity;
import io.idgraph.resolve.InvalidIdentifier;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.ResolveResult;
import io.idgraph.resolve.ResolveStats;
import io.idgraph.resolve.Resolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** resolve_identities: inline, or exported to a file with an inline sample. */
record ResolveTool(Resolver resolver, int inlineLimit, Exports exports, ValueBudget budget)
    implements IdgraphTool.Body {
  static final String NAME = "resolve_identities";

  /**
   * The result with an export: the first {@link ExportedRows#SAMPLE} identities inline, all in the
   * file.
   */
  record ExportedResult(
      List<Identity> identities,
      ResolveStats stats,
      List<InvalidIdentifier> invalidIdentifiers,
      Boolean truncated,
      Export export) {}

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    Optional<ExportFormat> format = OutputFormat.read(args).export();
    ResolveRequest request =
        ResolveArguments.parse(
            args,
            format.isPresent() ? Integer.MAX_VALUE : inlineLimit,
            () -> csvGroups(args, context));
    try (ValueBudget.Reservation room = budget.reserve(request)) {
      return format.isEmpty() ? inline(request) : exported(request, format.get(), context);
    }
  }

  private ToolOutput inline(ResolveRequest request) {
    ResolveResult result = resolver.resolve(request);
    return new ToolOutput(result, counts(result.stats(), null));
  }

  private ToolOutput exported(ResolveRequest request, ExportFormat format, CallContext context) {
    // the identities are read a wave at a time as the file is written, not all first
    Resolver.Matched matched = resolver.match(request);
    boolean address = request.groups().stream().anyMatch(g -> g.idType() == IdType.ADDRESS);
    ExportedRows<Identity> rows =
        ExportedRows.write(
            exports,
            context,
            "resolved_identities",
            format,
            new IdentityColumns(request.identifierTypes(), address),
            matched.size(),
            matched::identities);
    ExportedResult exported =
        new ExportedResult(
            rows.sample(),
            matched.stats(),
            matched.invalidIdentifiers(),
            rows.truncated(),
            rows.export());
    return new ToolOutput(exported, counts(matched.stats(), rows.export()));
  }

  private List<IdentifierGroup> csvGroups(Arguments args, CallContext context) {
    CsvArguments.CsvInput input = CsvArguments.parse(args, context);
    return CsvIdentifiers.read(exports.store().require(input.uri())::open, input.lookup());
  }

  private static Map<String, Integer> counts(ResolveStats stats, Export export) {
    if (stats == null) {
      return Map.of();
    }
    Map<String, Integer> counts =
        ToolOutput.counts(
            "requested", stats.requested(),
            "resolved", stats.resolved(),
            "matched", stats.matched(),
            "invalid", stats.invalid());
    if (export != null) {
      counts.put("exported_rows", (int) Math.min(Integer.MAX_VALUE, export.rows()));
    }
    return counts;
  }
}
