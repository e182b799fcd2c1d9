package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.idgraph.store.StoreUri;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code idgraph serve} processes on one cluster store, each with its own data dir and nothing
 * shared on disk: a key made through one works on the other at once, and a key revoked through one
 * is refused by the other; a link signed by one serves from the other, a workflow started on one
 * continues on the other, and a signing key rotation through either data dir revokes links on both.
 * Runs when {@code IDGRAPH_STORE} names a {@code cassandra://} cluster.
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
    Path graph = root.resolve("small-graph.jsonl");
    try (var in = TwoServersIT.class.getResourceAsStream("small-graph.jsonl")) {
      Files.copy(in, graph);
    }
    cli(first, "load", graph.toString());
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

  @Test
  @SuppressWarnings("unchecked")
  void linksWorkflowsAndSigningKeysAreSharedByBothServers() throws Exception {
    String token = cli(first, "keys", "create", "--name", "w" + System.nanoTime()).strip();
    McpSyncClient a = HttpToolsIT.connect(one, token);
    McpSyncClient b = HttpToolsIT.connect(two, token);
    try {
      Map<String, Object> resolved =
          call(
              a,
              "resolve_identities",
              Map.of(
                  "id_type", "email",
                  "identifiers", List.of("customer1@example.com"),
                  "format", "json"));
      String workflow = (String) resolved.get("workflow_id");
      Map<String, Object> export = (Map<String, Object>) resolved.get("export");
      String urlOnA = (String) export.get("url");
      String urlOnB = onServer(two, urlOnA);
      HttpResponse<byte[]> fromA = get(urlOnA);
      HttpResponse<byte[]> fromB = get(urlOnB);
      assertThat(fromA.statusCode()).isEqualTo(200);
      assertThat(fromB.statusCode()).as("a link signed by A, downloaded from B").isEqualTo(200);
      assertThat(fromB.body()).isEqualTo(fromA.body());
      assertThat(new String(fromB.body(), StandardCharsets.UTF_8)).contains("\"person_id\":12347");

      Map<String, Object> again =
          call(
              b,
              "generate_download_url",
              Map.of("workflow_id", workflow, "resource_uri", export.get("resource_uri")));
      HttpResponse<byte[]> renewed = get(onServer(one, (String) again.get("download_url")));
      assertThat(renewed.statusCode()).as("a link made by B for A's file, on A").isEqualTo(200);
      assertThat(renewed.body()).isEqualTo(fromA.body());

      Map<String, Object> upload =
          call(
              a,
              "generate_url_for_upload",
              Map.of("workflow_id", workflow, "filename", "people.csv"));
      HttpResponse<String> put =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(onServer(two, (String) upload.get("upload_url"))))
                  .PUT(HttpRequest.BodyPublishers.ofString("id,Email\n1,customer1@example.com\n"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).as("an upload link signed by A, used on B").isEqualTo(201);
      Map<String, Object> fromUpload =
          call(
              a,
              "resolve_identities",
              Map.of(
                  "workflow_id", workflow,
                  "csv_resource_uri", upload.get("resource_uri"),
                  "lookup_columns", Map.of("email", Map.of("names", List.of("Email")))));
      assertThat(fromUpload.get("identities").toString()).contains("12347");

      assertThat(
              call(
                  b,
                  "get_person",
                  Map.of(
                      "workflow_id", workflow,
                      "person_ids", List.of(12347),
                      "domains", List.of("name"))))
          .containsEntry("workflow_id", workflow);
      assertThat(
              call(
                  b,
                  "submit_feedback",
                  Map.of(
                      "workflow_id",
                      workflow,
                      "feedback_items",
                      List.of(Map.of("feedback", "seen on the second server")))))
          .containsEntry("stored_items", 1);

      assertThat(cli(second, "workflows", "show", workflow))
          .contains("\"resolve_identities\"", "\"generate_url_for_upload\"")
          .contains("\"get_person\"", "\"submit_feedback\"");
      assertThat(cli(first, "workflows", "list")).contains(workflow);
      assertThat(cli(first, "feedback", "list", "--workflow", workflow))
          .contains("seen on the second server");
      for (String local : List.of("workflows", "feedback", "exports", "signing-keys.json")) {
        assertThat(second.root().resolve(local)).as("nothing on B's disk").doesNotExist();
        assertThat(first.root().resolve(local)).as("nothing on A's disk").doesNotExist();
      }

      cli(second, "keys", "rotate-signing");
      assertThat(get(urlOnA).statusCode()).as("rotated through B's data dir, on A").isEqualTo(403);
      assertThat(get(urlOnB).statusCode()).isEqualTo(403);
    } finally {
      a.closeGracefully();
      b.closeGracefully();
    }
  }

  /** {@code url} (a link one server made) as served by {@code server}. */
  private static String onServer(ServerProcess server, String url) {
    URI link = URI.create(url);
    return server.baseUrl() + link.getRawPath() + "?" + link.getRawQuery();
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> call(
      McpSyncClient client, String tool, Map<String, Object> args) {
    CallToolResult result = client.callTool(new CallToolRequest(tool, args));
    assertThat(result.isError())
        .as(tool + ": " + AbstractMcpToolsIT.text(result))
        .isNotEqualTo(true);
    return Json.MAPPER.readValue(AbstractMcpToolsIT.text(result), Map.class);
  }

  /** Runs an idgraph command on {@code dir} and the cluster; returns its stdout. */
  private static String cli(DataDir dir, String... args) throws Exception {
    return CliRun.onCluster(dir, store, args);
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
