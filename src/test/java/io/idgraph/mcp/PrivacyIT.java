package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * PRODUCT.md section 10 from the outside, with the packaged jar: {@code privacy delete} removes a
 * person from every read (MCP and CLI), withdraws live exports (410), survives a reload of the
 * original graph file (rejects say suppressed) and a server restart; {@code optout} hides a person
 * until {@code optin}; requests are idempotent and recorded without the identifiers.
 */
class PrivacyIT {
  static final String CANARY_EMAIL = "Zq7.Canary+news@GoogleMail.com";
  static final String CANARY_PHONE = "(415) 555-0177";
  static final String CANARY_MAID = "0c7a1f3e-5b2d-4e8f-9a6b-3c1d2e4f5a6b";
  static final String OPTOUT_EMAIL = "optout.person@example.org";

  static final String GRAPH =
      String.join(
          "\n",
          "{\"person_id\": 101, \"name\": {\"first_name\": \"Cana\", \"last_name\": \"Ry\"},"
              + " \"emails\": [\""
              + CANARY_EMAIL
              + "\"], \"phones\": [\""
              + CANARY_PHONE
              + "\"], \"maids\": [\""
              + CANARY_MAID
              + "\"], \"addresses\": [\"77 Quiet Lane, Springfield, IL 62704\"],"
              + " \"attributes\": {\"demographic\": {\"age_range\": \"35-44\"}}}",
          "{\"person_id\": 102, \"name\": {\"first_name\": \"Neigh\", \"last_name\": \"Bour\"},"
              + " \"emails\": [\"neighbour@example.org\"],"
              + " \"addresses\": [\"77 Quiet Lane, Springfield, IL 62704\"]}",
          "{\"person_id\": 103, \"emails\": [\""
              + OPTOUT_EMAIL
              + "\"], \"phones\": [\"2125550123\"]}",
          "");

  @TempDir Path work;
  DataDir data;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(work.resolve("graph.jsonl"), GRAPH);
    data = new DataDir(work.resolve("data"));
    assertThat(idgraph("load", "--data", "data", "graph.jsonl").exit).isZero();
  }

  private CliRun idgraph(String... args) throws Exception {
    return CliRun.run(work, args);
  }

  static JsonNode resolve(ServerProcess server, String token, String type, String value)
      throws Exception {
    return server
        .callTool(
            token, "resolve_identities", Map.of("id_type", type, "identifiers", List.of(value)))
        .get("structuredContent");
  }

  static JsonNode person(ServerProcess server, String token, String id) throws Exception {
    return server
        .callTool(
            token, "get_person", Map.of("person_ids", List.of(id), "domains", List.of("name")))
        .get("structuredContent");
  }

  @Test
  void delete_removesThePersonEverywhereAndKeepsThemDeleted() throws Exception {
    String token = ServerProcess.createKey(data, "it");
    String exportUrl;
    try (ServerProcess server = ServerProcess.startHttp(data)) {
      assertThat(resolve(server, token, "email", CANARY_EMAIL).get("identities")).hasSize(1);
      exportUrl =
          server
              .callTool(
                  token,
                  "resolve_identities",
                  Map.of("id_type", "phone", "identifiers", List.of(CANARY_PHONE), "format", "csv"))
              .at("/structuredContent/export/url")
              .asString();
      assertThat(get(exportUrl).statusCode()).isEqualTo(200);

      CliRun deleted = idgraph("privacy", "delete", "--data", "data", "--email", CANARY_EMAIL);
      assertThat(deleted.exit).as(deleted.err).isZero();
      JsonNode request = Json.MAPPER.readTree(deleted.out);
      assertThat(request.get("outcome").asString()).isEqualTo("done");
      assertThat(request.get("person_ids").toString()).isEqualTo("[101]");
      assertThat(deleted.out + deleted.err).doesNotContainIgnoringCase("canary");

      assertDeletedOverMcp(server, token);
      assertThat(get(exportUrl).statusCode()).isEqualTo(410);
      assertThat(get(exportUrl).body()).contains("withdrawn by a privacy request");
      // the household's other person keeps the shared address
      assertThat(resolve(server, token, "email", "neighbour@example.org").get("identities"))
          .hasSize(1);

      CliRun again = idgraph("privacy", "delete", "--data", "data", "--email", CANARY_EMAIL);
      assertThat(again.exit).as(again.err).isZero();
      JsonNode repeat = Json.MAPPER.readTree(again.out);
      assertThat(repeat.get("request_id").asString())
          .isEqualTo(request.get("request_id").asString());
      assertThat(repeat.get("outcome").asString()).isEqualTo("repeat");

      String signature = exportUrl.substring(exportUrl.indexOf("sig=") + 4);
      assertThat(server.log())
          .doesNotContainIgnoringCase("canary")
          .doesNotContain(token)
          .doesNotContain(signature);
    }

    CliRun reload = idgraph("load", "--data", "data", "--rejects", "rejects.jsonl", "graph.jsonl");
    assertThat(reload.exit).as(reload.err).isZero();
    List<JsonNode> rejects = new ArrayList<>();
    for (String line : Files.readAllLines(work.resolve("rejects.jsonl"))) {
      rejects.add(Json.MAPPER.readTree(line));
    }
    assertThat(rejects).hasSize(1);
    assertThat(rejects.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(rejects.get(0).get("reason").asString()).isEqualTo("suppressed");
    assertThat(rejects.get(0).get("raw").asString()).isEmpty();

    CliRun cliResolve = idgraph("resolve", "--data", "data", "--type", "email", CANARY_EMAIL);
    assertThat(cliResolve.exit).as(cliResolve.err).isZero();
    assertThat(Json.MAPPER.readTree(cliResolve.out).get("identities")).isEmpty();
    CliRun cliPerson = idgraph("person", "--data", "data", "--domains", "name", "101");
    assertThat(Json.MAPPER.readTree(cliPerson.out).get("not_found").toString())
        .isEqualTo("[\"101\"]");

    Files.writeString(work.resolve("rows.csv"), "id,email\n1," + CANARY_EMAIL + "\n");
    CliRun enrich =
        idgraph(
            "enrich", "--data", "data", "rows.csv", "--out", "rows-out.csv", "--domains", "name");
    assertThat(enrich.exit).as(enrich.err).isZero();
    assertThat(enrich.out).contains("0 matched");
    List<CsvRecord> rows = readCsv(work.resolve("rows-out.csv"));
    int personColumn = rows.get(0).fields().indexOf("idgraph_person_id");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).fields().get(personColumn)).isEmpty();

    try (ServerProcess restarted = ServerProcess.startHttp(data)) {
      assertDeletedOverMcp(restarted, token);
      String metrics = get(restarted, token, "/metrics");
      assertThat(metrics).containsPattern("idgraph_suppression_hits_total [1-9]");
      assertThat(restarted.log()).doesNotContainIgnoringCase("canary").doesNotContain(token);
    }
    assertNoCanaryIn(data.root());
    CliRun list = idgraph("privacy", "list", "--data", "data");
    assertThat(list.out.lines()).hasSize(2);
    assertThat(list.out).doesNotContainIgnoringCase("canary");
  }

  static void assertDeletedOverMcp(ServerProcess server, String token) throws Exception {
    for (String[] id :
        List.of(
            new String[] {"email", CANARY_EMAIL},
            new String[] {"email", "zq7canary@gmail.com"},
            new String[] {"phone", CANARY_PHONE},
            new String[] {"maid", CANARY_MAID})) {
      JsonNode result = resolve(server, token, id[0], id[1]);
      assertThat(result.get("identities")).as(id[0]).isEmpty();
      assertThat(result.at("/stats/resolved").asInt()).isZero();
    }
    assertThat(person(server, token, "101").get("not_found").toString()).isEqualTo("[\"101\"]");
  }

  @Test
  void optout_hidesThePersonUntilOptin() throws Exception {
    String token = ServerProcess.createKey(data, "it");
    try (ServerProcess server = ServerProcess.startHttp(data)) {
      CliRun out = idgraph("privacy", "optout", "--data", "data", "--email", OPTOUT_EMAIL);
      assertThat(out.exit).as(out.err).isZero();
      assertThat(Json.MAPPER.readTree(out.out).get("person_ids").toString()).isEqualTo("[103]");

      JsonNode resolved = resolve(server, token, "phone", "212-555-0123");
      assertThat(resolved.get("identities")).isEmpty();
      assertThat(resolved.at("/stats/resolved").asInt()).isZero();
      assertThat(person(server, token, "103").get("not_found").toString()).isEqualTo("[\"103\"]");
      CliRun cli = idgraph("resolve", "--data", "data", "--type", "email", OPTOUT_EMAIL);
      assertThat(Json.MAPPER.readTree(cli.out).get("identities")).isEmpty();

      CliRun in = idgraph("privacy", "optin", "--data", "data", "--person", "103");
      assertThat(in.exit).as(in.err).isZero();
      assertThat(resolve(server, token, "phone", "212-555-0123").get("identities")).hasSize(1);
      assertThat(person(server, token, "103").get("profiles")).hasSize(1);
    }
    CliRun list = idgraph("privacy", "list", "--data", "data");
    List<JsonNode> records = new ArrayList<>();
    for (String line : list.out.lines().toList()) {
      records.add(Json.MAPPER.readTree(line));
    }
    assertThat(records)
        .extracting(r -> r.get("kind").asString())
        .containsExactly("optout", "optin");
    String id = records.get(0).get("request_id").asString();
    CliRun status = idgraph("privacy", "status", "--data", "data", id);
    assertThat(status.exit).isZero();
    assertThat(status.out).contains(id).doesNotContain(OPTOUT_EMAIL);
  }

  @Test
  void delete_badSelectorChangesNothing() throws Exception {
    CliRun bad =
        idgraph("privacy", "delete", "--data", "data", "--email", CANARY_EMAIL, "--phone", "12");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).startsWith("idgraph: selector 2 (phone): ");
    CliRun still = idgraph("resolve", "--data", "data", "--type", "email", CANARY_EMAIL);
    assertThat(Json.MAPPER.readTree(still.out).get("identities")).hasSize(1);
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String get(ServerProcess server, String token, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** No file under the data dir but the store's own holds the canary email in any form. */
  private static void assertNoCanaryIn(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (f.startsWith(root.resolve("graph"))) {
          continue; // RocksDB keeps tombstoned bytes until compaction (docs/privacy.md)
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(text).as(f.toString()).doesNotContainIgnoringCase("canary");
      }
    }
  }

  private static List<CsvRecord> readCsv(Path file) throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in)) {
      CsvRecord r;
      while ((r = csv.next()) != null) {
        out.add(r);
      }
    }
    return out;
  }
}
