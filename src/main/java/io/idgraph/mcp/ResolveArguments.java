package io.idgraph.mcp;

import io.idgraph.graph.Echo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Parses resolve_identities arguments into a {@link ResolveRequest}. */
final class ResolveArguments {
  static final Set<String> NAMES = ToolSchema.argumentNames(ResolveTool.NAME);
  private static final Map<String, String> HINTS =
      Map.of(
          "hash_type", "with identifiers the encoding is given as id_hash",
          "values", "with id_type the values go in identifiers",
          "type", "the identifier type is given as id_type");
  private static final Set<String> GROUP_NAMES =
      ToolSchema.argumentNames(ResolveTool.NAME, "multi_identifiers");
  private static final Map<String, String> GROUP_HINTS =
      Map.of(
          "id_hash", "in a multi_identifiers group the encoding is given as hash_type",
          "identifiers", "in a multi_identifiers group the values go in values");
  static final List<String> ID_TYPES = Arguments.wireNames(IdType.values());
  static final List<String> HASH_TYPES = Arguments.wireNames(HashType.values());

  private ResolveArguments() {}

  static ResolveRequest parse(Arguments args, int inlineLimit) {
    return parse(
        args,
        inlineLimit,
        () -> {
          throw IdgraphException.invalid("csv_resource_uri is not available here");
        });
  }

  /** As {@link #parse(Arguments, int)}; {@code csvGroups} reads the groups of a csv upload. */
  static ResolveRequest parse(
      Arguments args, int inlineLimit, Supplier<List<IdentifierGroup>> csvGroups) {
    args.onlyKnown(NAMES, HINTS);
    OutputFormat.read(args);
    List<IdentifierGroup> groups =
        CsvArguments.present(args) ? csvGroups(args, csvGroups) : groups(args);
    List<IdType> returned =
        args.list("identifier_types").isPresent()
            ? identifierTypes(args)
            : ResolveRequest.DEFAULT_IDENTIFIER_TYPES;
    double minQuality = args.number("min_quality_score").orElse(0.0);
    if (!(minQuality >= 0 && minQuality <= 1)) {
      throw IdgraphException.invalid(
          "min_quality_score must be a number from 0 to 1, got " + minQuality);
    }
    return new ResolveRequest(groups, returned, minQuality, inlineLimit, defaultRegion(args));
  }

  /** The default_region argument (US when absent): where phones without a country code are. */
  static String defaultRegion(Arguments args) {
    return args.string("default_region")
        .map(value -> ResolveRequest.region(value, "default_region"))
        .orElse(IdentifierNormalizer.DEFAULT_REGION);
  }

  private static List<IdentifierGroup> csvGroups(
      Arguments args, Supplier<List<IdentifierGroup>> csvGroups) {
    if (args.has("identifiers") || args.has("multi_identifiers") || args.has("id_type")) {
      throw IdgraphException.invalid(
          "give either csv_resource_uri with lookup_columns, or identifiers/multi_identifiers,"
              + " not both");
    }
    List<IdentifierGroup> groups = csvGroups.get();
    if (groups.stream().allMatch(g -> g.values().isEmpty())) {
      throw IdgraphException.invalid(
          "the lookup_columns of the csv hold no values; check the column names and the file");
    }
    return groups.stream().filter(g -> !g.values().isEmpty()).toList();
  }

  private static List<IdentifierGroup> groups(Arguments args) {
    boolean single = args.has("identifiers") || args.has("id_type") || args.has("id_hash");
    boolean multi = args.has("multi_identifiers");
    if (single && multi) {
      throw IdgraphException.invalid(
          "give either identifiers with id_type, or multi_identifiers, not both");
    }
    if (multi) {
      return multiGroups(args);
    }
    if (!args.has("identifiers")) {
      throw IdgraphException.invalid(
          "give either identifiers with id_type (e.g. id_type \"email\", identifiers"
              + " [\"jane@example.com\"]), or multi_identifiers");
    }
    return List.of(group(args, "id_hash", "identifiers"));
  }

  private static List<IdentifierGroup> multiGroups(Arguments args) {
    List<Arguments> items = args.objects("multi_identifiers").orElseThrow();
    if (items.isEmpty()) {
      throw IdgraphException.invalid("multi_identifiers must hold at least one group");
    }
    List<IdentifierGroup> groups = new ArrayList<>(items.size());
    for (Arguments item : items) {
      item.onlyKnown(GROUP_NAMES, GROUP_HINTS);
      groups.add(group(item, "hash_type", "values"));
    }
    return groups;
  }

  private static IdentifierGroup group(Arguments args, String hashName, String valuesName) {
    IdType type =
        args.choice("id_type", ID_TYPES, IdType::fromWire)
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        args.name("id_type")
                            + " is required with "
                            + args.name(valuesName)
                            + ": one of "
                            + String.join(", ", ID_TYPES)));
    HashType hash =
        args.choice(hashName, HASH_TYPES, HashType::fromWire).orElse(HashType.PLAINTEXT);
    if (type == IdType.ADDRESS && hash != HashType.PLAINTEXT) {
      throw IdgraphException.invalid(
          "address groups must be plaintext; got "
              + args.name(hashName)
              + " '"
              + hash.wireName()
              + "'; send the address text with "
              + hashName
              + " plaintext");
    }
    List<String> values =
        args.strings(valuesName)
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        args.name(valuesName) + " is required: an array of identifier values"));
    if (values.isEmpty()) {
      throw IdgraphException.invalid(args.name(valuesName) + " must hold at least one value");
    }
    return new IdentifierGroup(type, hash, values);
  }

  private static List<IdType> identifierTypes(Arguments args) {
    List<Object> raw = args.list("identifier_types").orElseThrow();
    List<IdType> types = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String at = "identifier_types[" + i + "]";
      Object value = raw.get(i);
      if (!(value instanceof String name)) {
        throw IdgraphException.invalid(at + " must be a string, got " + Arguments.kind(value));
      }
      IdType type =
          IdType.fromWire(name)
              .orElseThrow(
                  () ->
                      IdgraphException.invalid(
                          at
                              + " must be one of "
                              + String.join(", ", ID_TYPES)
                              + "; got '"
                              + Echo.cut(name)
                              + "'"));
      if (!types.contains(type)) {
        types.add(type);
      }
    }
    return types;
  }
}
