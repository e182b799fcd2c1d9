package io.idgraph.cli;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.CreatedKey;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.http.HttpOptions;
import io.idgraph.http.McpHttpServer;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.profile.PersonResult;
import io.idgraph.profile.ProfileService;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code idgraph demo}: on an empty data dir, generates and loads a demo graph; then creates a key
 * named demo, prints the MCP URL, the key and a curl call, and serves.
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
  static final String KEY_NAME = "demo";

  @Mixin DataDirOption data;

  @Option(names = "--persons", defaultValue = "100000", paramLabel = "N")
  long persons;

  @Option(names = "--port", paramLabel = "P")
  int port = HttpOptions.DEFAULT_PORT;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (persons < 1) {
      throw IdgraphException.invalid("--persons must be at least 1, got " + persons);
    }
    DataDir dir = data.dataDir();
    StoreUri where = data.store();
    long existing = personCount(dir, where);
    if (existing == 0) {
      System.err.printf(
          "idgraph: generating and loading %,d persons into %s%n", persons, dir.root());
      DemoData.generateAndLoad(dir, where, persons, seed);
    } else {
      System.err.printf(
          "idgraph: reusing the graph in %s (about %,d persons)%n", dir.root(), existing);
    }
    String email = sampleEmail(dir, where);
    CreatedKey key = freshKey(dir, where);
    ServeCommand.ServerRun.serveHttp(
        dir, where, HttpOptions.loopback(port), server -> printBanner(server, key.token(), email));
    return 0;
  }

  private static long personCount(DataDir dir, StoreUri where) {
    try (IdentityStore store = IdentityStores.openReader(where, dir.graph())) {
      return store.stats().persons();
    }
  }

  /** An email of person 1 for the example call; a placeholder when it has none. */
  private static String sampleEmail(DataDir dir, StoreUri where) {
    try (IdentityStore store =
        PrivacyState.open(dir, where).filterAndOwn(IdentityStores.openReader(where, dir.graph()))) {
      PersonResult result =
          new ProfileService(store).getPersons(List.of("1"), List.of(Domain.EMAIL));
      if (!result.profiles().isEmpty()) {
        Object email = result.profiles().get(0).domains().get("email1");
        if (email != null) {
          return email.toString();
        }
      }
    }
    return "jane.smith@gmail.com";
  }

  /** A new key named demo; an older demo key is revoked, since its token cannot be shown again. */
  private static CreatedKey freshKey(DataDir dir, StoreUri where) {
    try (ApiKeyStore keys = ApiKeyStore.open(dir, where)) {
      try {
        keys.revoke(KEY_NAME);
      } catch (IdgraphException e) {
        if (e.code() != ErrorCode.NOT_FOUND) {
          throw e;
        }
      }
      return keys.create(KEY_NAME);
    }
  }

  private static void printBanner(McpHttpServer server, String token, String email) {
    String url = server.mcpUrl().toString();
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"resolve_identities\",\"arguments\":{\"id_type\":\"email\",\"identifiers\":[\""
            + email
            + "\"]}}}";
    System.out.println();
    System.out.println("MCP URL:  " + url);
    System.out.println("API key:  " + token);
    System.out.println();
    System.out.println("Try it:");
    System.out.println("curl -s " + url + " \\");
    System.out.println("  -H 'Authorization: Bearer " + token + "' \\");
    System.out.println("  -H 'Content-Type: application/json' \\");
    System.out.println("  -H 'Accept: application/json, text/event-stream' \\");
    System.out.println("  -d '" + body + "'");
    System.out.println();
    System.out.println(
        "Connect an MCP client to the URL with the header Authorization: Bearer <key>.");
    System.out.flush();
  }
}
