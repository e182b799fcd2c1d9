package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.files.DataDir;
import io.idgraph.store.StoreUri;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code idgraph serve} processes on one cluster store, each with its own data dir and nothing
 * shared on disk: a key made through one works on the other at once, and a key revoked through one
 * is refused by the other. Runs when {@code IDGRAPH_STORE} names a {@code cassandra://} cluster.
 */
class TwoServersIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path root;
  private static String store;
  private static DataDir first;
  private static DataDir second;
  private static ServerProcess one;
  private static ServerProcess two;

  @BeforeAll
  static void startTwoServers() throws Exception {
    String named = System.getProperty("idgraph.store", System.getenv("IDGRAPH_STORE"));
    StoreUri where = StoreUri.parse(named);
    assumeTrue(where.isCluster(), "no cassandra:// store in IDGRAPH_STORE; skipped");
    store = where.cluster().withKeyspace("two_servers").text();
    first = new DataDir(root.resolve("first"));
    second = new DataDir(root.resolve("second"));
    one = ServerProcess.startHttp(first, "--store", store);
    two = ServerProcess.startHttp(second, "--store", store);
  }

  @AfterAll
  static void stop() throws Exception {
    for (ServerProcess server : new ServerProcess[] {one, two}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void keyMadeThroughOneWorksOnTheOtherUntilRevoked() throws Exception {
    String name = "k" + System.nanoTime();
    String token = cli(first, "keys", "create", "--name", name).strip();

    assertThat(status(two, token)).isEqualTo(200);
    assertThat(status(one, token)).isEqualTo(200);
    assertThat(Files.exists(second.keys())).as("nothing on the second server's disk").isFalse();

    cli(second, "keys", "revoke", name);

    assertThat(status(one, token)).isEqualTo(401);
    assertThat(status(two, token)).isEqualTo(401);
  }

  /** Runs an idgraph command on {@code dir} and the cluster; returns its stdout. */
  private static String cli(DataDir dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(ServerProcess.javaCommand(args));
    command.addAll(List.of("--data", dir.root().toString(), "--store", store));
    Path out = Files.createTempFile(root, "out", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int status(ServerProcess server, String token) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.mcpUrl().toString()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        HttpProtocolIT.toolCall(
                            "resolve_identities",
                            Map.of("id_type", "email", "identifiers", List.of("a@example.com"))),
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }
}
