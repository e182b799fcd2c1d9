package io.idgraph.mcp;

import io.idgraph.graph.Domain;
import io.idgraph.graph.Echo;
import io.idgraph.graph.IdgraphException;
import io.idgraph.profile.ProfileService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses get_person arguments. */
final class PersonArguments {
  static final Set<String> NAMES = ToolSchema.argumentNames(PersonTool.NAME);
  private static final Map<String, String> HINTS =
      Map.of(
          "ids", "the ids go in person_ids",
          "person_id", "the ids go in person_ids, an array",
          "domain", "the domains go in domains, an array");

  record Parsed(List<String> personIds, List<Domain> domains) {}

  private PersonArguments() {}

  static Parsed parse(Arguments args) {
    args.onlyKnown(NAMES, HINTS);
    OutputFormat.read(args);
    List<String> ids =
        args.strings("person_ids")
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "person_ids is required: an array of person ids from resolve_identities,"
                            + " e.g. [\"12345\"]"));
    if (ids.isEmpty()) {
      throw IdgraphException.invalid("person_ids must hold at least one id");
    }
    if (ids.size() > ProfileService.MAX_IDS) {
      throw IdgraphException.invalid(
          ProfileService.TOO_MANY_IDS
              + " (got "
              + ids.size()
              + "); send them in batches of at most "
              + ProfileService.MAX_IDS);
    }
    return new Parsed(ids, domains(args));
  }

  static List<Domain> domains(Arguments args) {
    List<Object> raw =
        args.list("domains")
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "domains is required: an array of one or more of " + Domain.validNames()));
    if (raw.isEmpty()) {
      throw IdgraphException.invalid("domains must hold at least one of " + Domain.validNames());
    }
    List<Domain> domains = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Object value = raw.get(i);
      if (!(value instanceof String name)) {
        throw IdgraphException.invalid(
            "domains[" + i + "] must be a string, got " + Arguments.kind(value));
      }
      Domain domain = Domain.require(name, Echo.cut(name));
      if (!domains.contains(domain)) {
        domains.add(domain);
      }
    }
    return domains;
  }
}
