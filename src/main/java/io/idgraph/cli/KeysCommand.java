package io.idgraph.cli;

import io.idgraph.auth.ApiKey;
import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.CreatedKey;
import io.idgraph.auth.Scope;
import io.idgraph.graph.IdgraphException;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph keys create|list|revoke}: API keys for the HTTP server. */
@Command(
    name = "keys",
    subcommands = {
      KeysCommand.Create.class,
      KeysCommand.ListKeys.class,
      KeysCommand.Revoke.class,
      KeysCommand.RotateSigning.class
    })
final class KeysCommand extends CommandGroup {
  /** What {@code use} does with the API keys where --data and --store say. */
  static <T> T withKeys(DataDirOption data, Function<ApiKeyStore, T> use) {
    try (ApiKeyStore keys = ApiKeyStore.open(data.dataDir(), data.store())) {
      return use.apply(keys);
    }
  }

  @Command(name = "create")
  static final class Create extends DataDirCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--scopes", paramLabel = "S,...")
    String scopes;

    @Option(names = "--rate", paramLabel = "N/s")
    String rate;

    @Override
    public Integer call() {
      CreatedKey created =
          withKeys(
              data,
              keys ->
                  keys.create(
                      name,
                      scopes == null ? Scope.DEFAULT : Scope.parseList(scopes),
                      rate == null ? null : parseRate(rate)));
      System.out.println(created.token());
      System.err.println(
          "idgraph: created key "
              + created.key().id()
              + " named "
              + created.key().name()
              + "; the token above is shown only now");
      return 0;
    }
  }

  /** {@code N/s} or {@code N}: calls a second. */
  static double parseRate(String text) {
    String t = text.trim();
    if (t.endsWith("/s")) {
      t = t.substring(0, t.length() - 2).trim();
    }
    try {
      double rate = Double.parseDouble(t);
      if (rate > 0 && rate <= 1_000_000) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw IdgraphException.invalid(
        "--rate must be calls a second such as 5/s or 0.5/s (above 0, at most 1000000)");
  }

  @Command(name = "list")
  static final class ListKeys extends DataDirCommand {
    @Override
    public Integer call() {
      List<ApiKey> keys = withKeys(data, ApiKeyStore::list);
      if (keys.isEmpty()) {
        System.err.println("idgraph: no keys; create one with: idgraph keys create --name NAME");
        return 0;
      }
      System.out.printf(
          "%-16s  %-24s  %-20s  %-36s  %s%n", "ID", "NAME", "CREATED", "SCOPES", "RATE");
      for (ApiKey key : keys) {
        System.out.printf(
            "%-16s  %-24s  %-20s  %-36s  %s%n",
            key.id(),
            key.name(),
            key.createdAt(),
            Scope.names(key.scopeSet()),
            key.ratePerSecond() == null ? "-" : key.ratePerSecond() + "/s");
      }
      return 0;
    }
  }

  @Command(name = "revoke")
  static final class Revoke extends DataDirCommand {
    @Parameters(paramLabel = "ID|NAME", description = "The key's id or name.")
    String key;

    @Override
    public Integer call() {
      ApiKey revoked = withKeys(data, keys -> keys.revoke(key));
      System.out.println("revoked key " + revoked.id() + " (" + revoked.name() + ")");
      return 0;
    }
  }

  @Command(name = "rotate-signing")
  static final class RotateSigning extends DataDirCommand {
    @Override
    public Integer call() {
      String kid = data.fromServerState(state -> state.signingKeys().rotate());
      System.err.println(
          "idgraph: new link signing key "
              + kid
              + "; every earlier download and upload link is revoked");
      return 0;
    }
  }
}
