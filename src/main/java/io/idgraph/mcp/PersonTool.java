package io.idgraph.mcp;

import io.idgraph.enrich.PersonResult;
import io.idgraph.enrich.ProfileService;
import java.util.Map;

/** get_person. */
final class PersonTool implements IdgraphTool {
  static final String NAME = "get_person";
  private final ProfileService profiles;

  PersonTool(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    PersonArguments.Parsed parsed = PersonArguments.parse(args);
    PersonResult result = profiles.getPersons(parsed.personIds(), parsed.domains());
    return new ToolOutput(
        result,
        ToolOutput.counts(
                "requested", parsed.personIds().size(),
            "domains", parsed.domains().size(),
            "profiles", result.profiles() == null ? 0 : result.profiles().size(),
            "not_found", result.notFound() == null ? 0 : result.notFound().size()));
  }
}
