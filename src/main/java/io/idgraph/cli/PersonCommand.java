package io.idgraph.cli;

import io.idgraph.profile.PersonResult;
import io.idgraph.profile.ProfileService;
import io.idgraph.store.IdentityStore;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph person}: the get_person result as JSON, without a server. */
@Command(name = "person")
final class PersonCommand extends DataDirCommand {
  @Option(names = "--domains", required = true, split = ",", paramLabel = "D,...")
  List<String> domains;

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Person ids.")
  List<String> ids;

  @Override
  public Integer call() {
    var parsedDomains = CliArgs.domains(domains);
    try (IdentityStore store = data.openPrivacyFilteredReader()) {
      PersonResult result = new ProfileService(store).getPersons(ids, parsedDomains);
      CliAudit.record(
          data,
          "person",
          Map.of("requested", ids.size(), "profiles", result.profiles().size()),
          null);
      ToolResultPrinter.print(result);
    }
    return 0;
  }
}
