package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Key scopes, per-key rate limits and the audit log (PRODUCT.md section 10), from the outside: keys
 * made with the packaged jar's {@code keys create}, calls over HTTP, the log read with {@code
 * idgraph audit}, and a server killed with SIGKILL.
 */
class AccessIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CANARY_EMAIL = "Jane.Smith@gmail.com";

  @TempDir Path work;
  DataDir data;

  @BeforeEach
  void load() throws Exception {
    data = ServerProcess.loadedDataDir(work);
  }

  private CliRun idgraph(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data.root().toString());
    return CliRun.run(work, all.toArray(String[]::new));
  }

  private String key(String... args) throws Exception {
    CliRun run = idgraph(args);
    assertThat(run.exit).as(run.err).isZero();
    return run.out.strip();
  }

  private static HttpResponse<String> call(ServerProcess server, String token, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.mcpUrl())
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String resolve(String format) {
    return HttpProtocolIT.toolCall(
        "resolve_identities",
        Map.of("id_type", "email", "identifiers", List.of(CANARY_EMAIL), "format", format));
  }

  private static List<String> toolNames(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    Json.MAPPER
        .readTree(response.body())
        .at("/result/tools")
        .forEach(t -> names.add(t.get("name").asString()));
    return names;
  }

  private static final String TOOLS_LIST =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

  @Test
  void scopes_hideAndRefuseTools_rateLimitsOneKey_auditKeepsNoIdentifiers() throws Exception {
    String reader = key("keys", "create", "--name", "reader", "--scopes", "resolve");
    String full = key("keys", "create", "--name", "full");
    String slow = key("keys", "create", "--name", "slow", "--rate", "1/s");
    CliRun list = idgraph("keys", "list");
    assertThat(list.out).contains("resolve,enrich,export,feedback").contains("1.0/s");

    try (ServerProcess server = ServerProcess.startHttp(data)) {
      assertThat(toolNames(call(server, reader, TOOLS_LIST)))
          .containsExactlyInAnyOrder("resolve_identities", "get_person", "generate_url_for_upload");
      assertThat(toolNames(call(server, full, TOOLS_LIST))).hasSize(6);

      HttpResponse<String> inline = call(server, reader, resolve("none"));
      assertThat(inline.statusCode()).isEqualTo(200);
      assertThat(inline.body()).contains("\"person_id\":12345");

      HttpResponse<String> export = call(server, reader, resolve("csv"));
      assertThat(export.statusCode()).isEqualTo(403);
      assertThat(Json.MAPPER.readTree(export.body()).at("/error/message").asString())
          .contains("'export' scope");
      HttpResponse<String> feedback =
          call(
              server,
              reader,
              HttpProtocolIT.toolCall(
                  "submit_feedback",
                  Map.of(
                      "workflow_id",
                      "8d7f1c9e-2b4a-4c6d-9e8f-1a2b3c4d5e6f",
                      "feedback_items",
                      List.of(Map.of("feedback", "x")))));
      assertThat(feedback.statusCode()).isEqualTo(403);
      assertThat(feedback.body()).contains("'feedback' scope");
      assertThat(call(server, full, resolve("csv")).statusCode()).isEqualTo(200);

      assertThat(call(server, slow, resolve("none")).statusCode()).isEqualTo(200);
      HttpResponse<String> limited = call(server, slow, resolve("none"));
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(call(server, full, resolve("none")).statusCode()).isEqualTo(200);

      HttpResponse<String> bad = call(server, "idg_not-a-key-canary-token", resolve("none"));
      assertThat(bad.statusCode()).isEqualTo(401);

      assertThat(server.log())
          .doesNotContainIgnoringCase("jane")
          .doesNotContain(reader)
          .doesNotContain(full)
          .doesNotContain("canary-token");
    }

    CliRun audit = idgraph("audit");
    assertThat(audit.exit).as(audit.err).isZero();
    List<JsonNode> events = new ArrayList<>();
    audit.out.lines().forEach(l -> events.add(Json.MAPPER.readTree(l)));
    assertThat(audit.out)
        .doesNotContainIgnoringCase("jane")
        .doesNotContain(reader)
        .doesNotContain("canary-token");
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.get("actor").asString()).isEqualTo("reader");
              assertThat(e.get("outcome").asString()).isEqualTo("refused");
              assertThat(e.get("detail").asString()).isEqualTo("missing scope export");
            })
        .anySatisfy(
            e -> {
              assertThat(e.get("actor").asString()).isEqualTo("reader");
              assertThat(e.get("action").asString()).isEqualTo("resolve_identities");
              assertThat(e.get("outcome").asString()).isEqualTo("ok");
              assertThat(e.at("/counts/requested").asInt()).isEqualTo(1);
              assertThat(e.at("/counts/resolved").asInt()).isEqualTo(1);
              assertThat(e.get("workflow_id").asString()).hasSize(36);
            })
        .anySatisfy(e -> assertThat(e.get("outcome").asString()).isEqualTo("rate_limited"))
        .anySatisfy(e -> assertThat(e.get("outcome").asString()).isEqualTo("unauthenticated"));
    CliRun onlyReader = idgraph("audit", "--key", "reader");
    assertThat(onlyReader.out.lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("\"actor\":\"reader\""));
  }

  @Test
  void audit_everyAnsweredCallSurvivesKill9() throws Exception {
    String token = key("keys", "create", "--name", "killed");
    int answered = 0;
    try (ServerProcess server = ServerProcess.startHttp(data)) {
      for (int i = 0; i < 20; i++) {
        assertThat(call(server, token, resolve("none")).statusCode()).isEqualTo(200);
        answered++;
      }
      server.kill();
    }
    CliRun audit = idgraph("audit", "--key", "killed");
    assertThat(audit.out.lines().filter(l -> l.contains("\"outcome\":\"ok\""))).hasSize(answered);
    CliRun cli = idgraph("resolve", "--type", "email", CANARY_EMAIL);
    assertThat(cli.exit).isZero();
    assertThat(idgraph("audit", "--key", "cli").out).contains("\"action\":\"resolve\"");
  }
}
