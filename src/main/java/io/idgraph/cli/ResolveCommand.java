package io.idgraph.cli;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.ResolveResult;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph resolve}: the resolve_identities result as JSON, without a server. */
@Command(name = "resolve")
final class ResolveCommand extends DataDirCommand {
  @Option(names = "--type", required = true, paramLabel = "T")
  String type;

  @Option(names = "--hash", defaultValue = "plaintext", paramLabel = "H")
  String hash;

  @Option(names = "--min-quality", defaultValue = "0", paramLabel = "Q")
  double minQuality;

  @Option(names = "--identifier-types", split = ",", paramLabel = "T,...")
  List<String> identifierTypes;

  @Mixin RegionOption region;

  @Parameters(paramLabel = "VALUE", arity = "1..*", description = "Identifier values.")
  List<String> values;

  @Override
  public Integer call() {
    IdType idType = CliArgs.idType(type);
    HashType hashType = CliArgs.hashType(hash);
    if (minQuality < 0 || minQuality > 1) {
      throw IdgraphException.invalid("--min-quality must be between 0 and 1, got " + minQuality);
    }
    List<IdType> returned =
        identifierTypes == null
            ? ResolveRequest.DEFAULT_IDENTIFIER_TYPES
            : new ArrayList<>(identifierTypes.stream().map(CliArgs::idType).toList());
    ResolveRequest request =
        new ResolveRequest(
            List.of(new IdentifierGroup(idType, hashType, values)),
            returned,
            minQuality,
            ResolveRequest.DEFAULT_INLINE_LIMIT,
            region.value());
    try (IdentityStore store = data.openPrivacyFilteredReader()) {
      ResolveResult result = new Resolver(store, new IdentifierNormalizer()).resolve(request);
      CliAudit.record(
          data,
          "resolve",
          Map.of("requested", result.stats().requested(), "resolved", result.stats().resolved()),
          null);
      ToolResultPrinter.print(result);
    }
    return 0;
  }
}
