package io.idgraph.mcp;

import io.idgraph.enrich.LookupColumn;
import io.idgraph.export.ResourceUri;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.WorkflowId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code csv_resource_uri} and {@code lookup_columns}, shared by the csv-taking tools. */
final class CsvArguments {
  static final String EXAMPLE =
      "e.g. {\"email\": {\"names\": [\"email\"]}, \"address\": {\"names\": [\"street\", \"city\","
          + " \"state\", \"zip\"]}}";
  private static final Set<String> COLUMN_NAMES =
      ToolSchema.argumentNames(ResolveTool.NAME, "lookup_columns", "email");

  /** An uploaded (or exported) csv and which of its columns hold identifiers. */
  record CsvInput(ResourceUri uri, List<LookupColumn> lookup) {}

  private CsvArguments() {}

  static boolean present(Arguments args) {
    return args.has("csv_resource_uri") || args.has("lookup_columns");
  }

  static CsvInput parse(Arguments args, CallContext context) {
    String raw =
        args.string("csv_resource_uri")
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "csv_resource_uri is required with lookup_columns: the resource_uri that"
                            + " generate_url_for_upload returned"));
    ResourceUri uri = ResourceUri.parse(raw.trim());
    WorkflowId.requireSame(
        context.workflowGiven() ? context.workflowId() : null,
        uri.workflowId(),
        "csv_resource_uri");
    return new CsvInput(uri, lookupColumns(args));
  }

  private static List<LookupColumn> lookupColumns(Arguments args) {
    Object raw = args.raw("lookup_columns");
    if (!(raw instanceof Map<?, ?> map)) {
      throw IdgraphException.invalid(
          "lookup_columns is required with csv_resource_uri: an object naming the identifier"
              + " columns, "
              + EXAMPLE
              + (raw == null ? "" : "; got " + Arguments.kind(raw)));
    }
    @SuppressWarnings("unchecked")
    Arguments lookup = new Arguments((Map<String, Object>) map, "lookup_columns.");
    lookup.onlyKnown(Set.copyOf(ResolveArguments.ID_TYPES), Map.of());
    List<LookupColumn> lookups = new ArrayList<>();
    for (IdType type : IdType.values()) {
      Object entry = lookup.raw(type.wireName());
      if (entry == null) {
        continue;
      }
      if (!(entry instanceof Map<?, ?> fields)) {
        throw IdgraphException.invalid(
            "lookup_columns." + type.wireName() + " must be an object like {\"names\": [\"col\"]}");
      }
      @SuppressWarnings("unchecked")
      Arguments columns =
          new Arguments((Map<String, Object>) fields, "lookup_columns." + type.wireName() + ".");
      columns.onlyKnown(COLUMN_NAMES, Map.of());
      lookups.add(columns(type, columns));
    }
    if (lookups.isEmpty()) {
      throw IdgraphException.invalid(
          "lookup_columns must name at least one column, e.g. {\"email\": {\"names\":"
              + " [\"email\"]}}");
    }
    return lookups;
  }

  private static LookupColumn columns(IdType type, Arguments args) {
    List<String> names =
        args.strings("names")
            .filter(n -> !n.isEmpty())
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        args.name("names") + " must be a non-empty array of csv column names"));
    HashType hash =
        args.choice("hash_type", ResolveArguments.HASH_TYPES, HashType::fromWire).orElse(null);
    if ((type == IdType.ADDRESS || type == IdType.MAID)
        && hash != null
        && hash != HashType.PLAINTEXT) {
      throw IdgraphException.invalid(
          args.name("hash_type") + " is for email and phone only; drop it for " + type.wireName());
    }
    return new LookupColumn(type, names, hash);
  }
}
