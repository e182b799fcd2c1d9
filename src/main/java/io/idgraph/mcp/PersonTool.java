package io.idgraph.mcp;

import io.idgraph.export.Export;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.ProfileColumns;
import io.idgraph.profile.PersonResult;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileService;
import java.util.List;
import java.util.Optional;

/** get_person: inline, or exported to a file with an inline sample. */
record PersonTool(ProfileService profiles, Exports exports) implements IdgraphTool.Body {
  static final String NAME = "get_person";

  /** The result with an export: the first profiles inline, all in the file. */
  record ExportedResult(
      List<Profile> profiles, List<String> notFound, Boolean truncated, Export export) {}

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    PersonArguments.Parsed parsed = PersonArguments.parse(args);
    Optional<ExportFormat> format = OutputFormat.read(args).export();
    PersonResult result = profiles.getPersons(parsed.personIds(), parsed.domains());
    Object output = result;
    int exported = 0;
    if (format.isPresent()) {
      ExportedRows<Profile> rows =
          ExportedRows.write(
              exports,
              context,
              "profiles",
              format.get(),
              new ProfileColumns(parsed.domains()),
              result.profiles().size(),
              result.profiles()::subList);
      output =
          new ExportedResult(rows.sample(), result.notFound(), rows.truncated(), rows.export());
      exported = (int) rows.export().rows();
    }
    var counts =
        ToolOutput.counts(
            "requested",
            parsed.personIds().size(),
            "domains",
            parsed.domains().size(),
            "profiles",
            result.profiles() == null ? 0 : result.profiles().size(),
            "not_found",
            result.notFound() == null ? 0 : result.notFound().size());
    if (format.isPresent()) {
      counts.put("exported_rows", exported);
    }
    return new ToolOutput(output, counts);
  }
}
