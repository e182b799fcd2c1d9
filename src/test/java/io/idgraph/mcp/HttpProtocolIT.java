package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.cli.Main;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Raw JSON-RPC over HTTP (java.net.http, curl-like, no initialize): security checks, protocol
 * errors and the seed's examples, against the packaged jar. After every test the server must still
 * answer.
 */
class HttpProtocolIT {
  private static final String SEED_RESOLVE =
      """
      {"jsonrpc": "2.0", "method": "tools/call",
       "params": {"name": "resolve_identities",
                  "arguments": {"id_type": "email", "id_hash": "plaintext",
                                "identifiers": ["customer1@example.com", "customer2@example.com",
                                                "customer3@example.com"]}},
       "id": 1}""";
  private static final String SEED_MULTI =
      """
      {"jsonrpc": "2.0", "method": "tools/call",
       "params": {"name": "resolve_identities",
                  "arguments": {"multi_identifiers": [
                      {"id_type": "email", "hash_type": "plaintext",
                       "values": ["customer1@example.com", "customer2@example.com"]},
                      {"id_type": "phone", "hash_type": "plaintext",
                       "values": ["5551234567", "5559876543"]}]}},
       "id": 1}""";
  private static final String SEED_PERSON =
      """
      {"jsonrpc": "2.0", "method": "tools/call",
       "params": {"name": "get_person",
                  "arguments": {"person_ids": ["12345", "12346"],
                                "domains": ["demographic", "interest", "affinity", "lifestyle",
                                            "household", "financial"],
                                "format": "none"}},
       "id": 2}""";

  @TempDir static Path root;
  private static DataDir dataDir;
  private static ServerProcess server;
  private static String token;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    dataDir = ServerProcess.loadedDataDir(root);
    token = ServerProcess.createKey(dataDir, "it");
    server = ServerProcess.startHttp(dataDir, "--max-body-bytes", "1048576");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      String log = server.log();
      server.close();
      assertThat(log)
          .as("the server log holds no token and no identifier")
          .doesNotContain(token)
          .doesNotContain("customer1@example.com")
          .doesNotContain("5551234567");
    }
  }

  @AfterEach
  void serverStillAnswers() throws Exception {
    HttpResponse<String> ping = post("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":99}");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(server.isAlive()).isTrue();
  }

  static HttpResponse<String> post(String body, String... headers) throws Exception {
    return send("/mcp", body, true, headers);
  }

  static HttpResponse<String> send(String path, String body, boolean auth, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/json");
    if (auth) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    request =
        body == null
            ? request.GET()
            : request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) {
    return Json.MAPPER.readTree(response.body());
  }

  static String toolCall(String tool, Map<String, Object> arguments) {
    return Json.MAPPER.writeValueAsString(
        Map.of(
            "jsonrpc",
            "2.0",
            "id",
            7,
            "method",
            "tools/call",
            "params",
            Map.of("name", tool, "arguments", arguments)));
  }

  static JsonNode result(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).get("result");
  }

  @Test
  void seedExamples_bareToolsCallWithoutInitialize() throws Exception {
    JsonNode single = result(post(SEED_RESOLVE)).get("structuredContent");
    assertThat(single.get("identities")).hasSize(2);
    assertThat(single.at("/identities/0/matches/0/criterion_type").asString())
        .isEqualTo("email_plaintext");
    assertThat(single.at("/stats/requested").asInt()).isEqualTo(3);
    assertThat(single.at("/stats/rate").asDouble()).isEqualTo(0.67);
    assertThat(single.get("workflow_id").asString()).hasSize(36);
    assertThat(single.get("tool_trace_id").asString()).matches("[0-9a-f]{32}");

    JsonNode multi = result(post(SEED_MULTI)).get("structuredContent");
    assertThat(multi.at("/stats/requested").asInt()).isEqualTo(4);
    assertThat(multi.at("/identities/0/person_id").asLong()).isEqualTo(12346);
    assertThat(multi.at("/identities/0/matches")).hasSize(2);

    JsonNode persons = result(post(SEED_PERSON));
    assertThat(persons.get("isError").asBoolean()).isFalse();
    assertThat(persons.at("/structuredContent/profiles/1/domains/interested_golf").asString())
        .isEqualTo("Yes");
    assertThat(Json.MAPPER.readTree(persons.at("/content/0/text").asString()))
        .isEqualTo(persons.get("structuredContent"));
  }

  @Test
  void v1Alias_servesTheSameEndpoint() throws Exception {
    assertThat(
            result(send("/v1/mcp", SEED_RESOLVE, true))
                .at("/structuredContent/stats/resolved")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void auth_missingOrWrongKeyIs401WithChallenge() throws Exception {
    HttpResponse<String> missing = send("/mcp", SEED_RESOLVE, false);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(json(missing).at("/error/message").asString()).startsWith("missing bearer token");

    HttpResponse<String> wrong =
        send("/mcp", SEED_RESOLVE, false, "Authorization", "Bearer idg_not-a-key");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token");
    assertThat(wrong.body()).doesNotContain("idg_not-a-key");

    HttpResponse<String> query = send("/mcp?access_token=" + token, SEED_RESOLVE, false);
    assertThat(query.statusCode()).as("tokens in the query string are ignored").isEqualTo(401);
  }

  @Test
  void auth_keyCreatedAndRevokedWhileRunning() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.run("keys", "create", "--data", dataDir.root().toString(), "--name", "late");
    } finally {
      System.setOut(out);
    }
    assertThat(exit).isZero();
    String late = captured.toString(StandardCharsets.UTF_8).trim();
    assertThat(late).startsWith("idg_").doesNotContain("\n");

    assertThat(send("/mcp", SEED_RESOLVE, false, "Authorization", "Bearer " + late).statusCode())
        .isEqualTo(200);
    assertThat(Main.run("keys", "revoke", "--data", dataDir.root().toString(), "late")).isZero();
    assertThat(send("/mcp", SEED_RESOLVE, false, "Authorization", "Bearer " + late).statusCode())
        .isEqualTo(401);
  }

  @Test
  void origin_foreignIs403AndOwnIsAllowed() throws Exception {
    HttpResponse<String> foreign = post(SEED_RESOLVE, "Origin", "http://evil.example");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    // its body was not read, so the connection closes, and the client is told: it must not reuse it
    assertThat(foreign.headers().firstValue("Connection")).hasValue("close");
    assertThat(post(SEED_RESOLVE, "Origin", "null").statusCode()).isEqualTo(403);
    assertThat(post(SEED_RESOLVE, "Origin", "http://localhost:" + server.port()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void host_foreignIs403() throws Exception {
    assertThat(rawStatus("attacker.example:" + server.port())).isEqualTo(403);
    assertThat(rawStatus("localhost:" + server.port())).isEqualTo(200);
    assertThat(rawStatus("[::1]:" + server.port())).isEqualTo(200);
  }

  /** java.net.http will not set Host, so this writes the request by hand. */
  private static int rawStatus(String host) throws Exception {
    byte[] body = SEED_RESOLVE.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /mcp HTTP/1.1\r\nHost: "
              + host
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  @Test
  void body_oversizedIs413() throws Exception {
    String big =
        toolCall(
            "resolve_identities",
            Map.of(
                "id_type",
                "email",
                "identifiers",
                List.of("x".repeat(90_000)).stream()
                    .flatMap(s -> java.util.Collections.nCopies(13, s).stream())
                    .toList()));
    HttpResponse<String> response = post(big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).at("/error/message").asString())
        .isEqualTo("request body exceeds 1048576 bytes; send fewer identifiers per call");
  }

  @Test
  void json_deepNestingAndLongStringsAreInvalidRequests() throws Exception {
    String deep =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"a\":"
            + "[".repeat(500)
            + "]".repeat(500)
            + "}}";
    HttpResponse<String> nested = post(deep);
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(json(nested).at("/error/code").asInt()).isEqualTo(-32600);
    assertThat(json(nested).at("/error/message").asString()).contains("deeper than 64 levels");

    HttpResponse<String> longString =
        post(
            toolCall(
                "resolve_identities",
                Map.of("id_type", "email", "identifiers", List.of("y".repeat(200_000)))));
    assertThat(json(longString).at("/error/code").asInt()).isEqualTo(-32600);
    assertThat(json(longString).at("/error/message").asString())
        .contains("longer than 100000 characters");
  }

  @Test
  void json_malformedIsParseError() throws Exception {
    HttpResponse<String> response = post("{\"jsonrpc\": \"2.0\", \"method\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32700);
    assertThat(json(response).get("id").isNull()).isTrue();

    HttpResponse<String> batch = post("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}]");
    assertThat(json(batch).at("/error/code").asInt()).isEqualTo(-32600);
  }

  @Test
  void protocol_unknownToolAndMethod() throws Exception {
    JsonNode unknownTool = json(post(toolCall("no_such_tool", Map.of())));
    assertThat(unknownTool.at("/error/code").asInt()).isEqualTo(-32602);
    assertThat(unknownTool.get("id").asInt()).isEqualTo(7);
    JsonNode unknownMethod = json(post("{\"jsonrpc\":\"2.0\",\"method\":\"nope/nope\",\"id\":3}"));
    assertThat(unknownMethod.at("/error/code").asInt()).isEqualTo(-32601);
    HttpResponse<String> notification =
        post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    assertThat(notification.statusCode()).isEqualTo(202);
    assertThat(notification.body()).isEmpty();
    assertThat(send("/mcp", null, true).statusCode()).isEqualTo(405);
  }

  @Test
  void tools_argumentErrorsAreToolResults() throws Exception {
    Map<String, Map<String, Object>> cases =
        Map.of(
            "id_type must be one of email, phone, address, maid; got 'mail'",
            Map.of(
                "tool",
                "resolve_identities",
                "args",
                Map.of("id_type", "mail", "identifiers", List.of("a@b.c"))),
            "give either identifiers with id_type, or multi_identifiers, not both",
            Map.of(
                "tool",
                "resolve_identities",
                "args",
                Map.of(
                    "id_type",
                    "email",
                    "identifiers",
                    List.of("a@b.c"),
                    "multi_identifiers",
                    List.of(Map.of("id_type", "email", "values", List.of("a@b.c"))))),
            "unknown domain 'sports'; valid domains: address, affinity",
            Map.of(
                "tool",
                "get_person",
                "args",
                Map.of("person_ids", List.of(1), "domains", List.of("sports"))),
            "person_ids is required",
            Map.of("tool", "get_person", "args", Map.of("domains", List.of("name"))),
            "is not known to this server",
            Map.of(
                "tool",
                "submit_feedback",
                "args",
                Map.of(
                    "workflow_id",
                    "550e8400-e29b-41d4-a716-446655440000",
                    "feedback_items",
                    List.of(Map.of("feedback", "x")))),
            "workflow_id must be a UUID",
            Map.of(
                "tool",
                "get_person",
                "args",
                Map.of("person_ids", List.of(1), "domains", List.of("name"), "workflow_id", 42)));
    for (var entry : cases.entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> args = (Map<String, Object>) entry.getValue().get("args");
      JsonNode result = result(post(toolCall((String) entry.getValue().get("tool"), args)));
      assertThat(result.get("isError").asBoolean()).as(entry.getKey()).isTrue();
      assertThat(result.at("/content/0/text").asString()).contains(entry.getKey());
    }
  }

  @Test
  void healthAndMetrics() throws Exception {
    HttpResponse<String> health = send("/healthz", null, false);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"ok\"");
    assertThat(send("/metrics", null, false).statusCode()).isEqualTo(401);
    post(SEED_RESOLVE);
    HttpResponse<String> metrics = send("/metrics", null, true);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("idgraph_tool_calls_seconds_count{outcome=\"ok\",tool=\"resolve_identities\"}");
  }
}
