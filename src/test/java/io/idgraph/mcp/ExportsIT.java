package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.cli.Main;
import io.idgraph.export.ExportOptions;
import io.idgraph.export.TestClock;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.idgraph.http.HttpOptions;
import io.idgraph.http.McpHttpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Exports, uploads and downloads end to end: an in-process HTTP server on a generated graph with a
 * clock the test moves, the SDK's MCP client with a bearer token, and plain java.net.http with no
 * token for the signed links.
 */
class ExportsIT {
  static final long MAX_UPLOAD = 1 << 20;
  @TempDir static Path root;
  static TestClock clock;
  static DataDir dataDir;
  static IdgraphMcp mcp;
  static McpHttpServer server;
  static McpSyncClient client;
  static List<String> emails;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path graph = root.resolve("graph.jsonl");
    assertThat(Main.run("generate", "--persons", "300", "--seed", "7", "--out", graph.toString()))
        .isZero();
    dataDir = new DataDir(root.resolve("data"));
    assertThat(Main.run("load", "--data", dataDir.root().toString(), graph.toString())).isZero();
    emails = firstEmails(graph);
    String token = new ApiKeyStore(dataDir.keys(), Clock.systemUTC()).create("it").token();
    clock = new TestClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    mcp = IdgraphMcp.open(dataDir, clock, new ExportOptions(Duration.ofHours(1), MAX_UPLOAD, null));
    server =
        McpHttpServer.start(
            mcp, HttpOptions.loopback(0), new ApiKeyStore(dataDir.keys(), Clock.systemUTC()));
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(server.baseUrl())
            .endpoint("/mcp")
            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
            .build();
    client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
    }
    if (server != null) {
      server.close();
    }
    if (mcp != null) {
      mcp.close();
    }
  }

  static List<String> firstEmails(Path graph) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(graph)) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode emailsNode = Json.MAPPER.readTree(line).path("emails");
        if (emailsNode.size() > 0) {
          JsonNode first = emailsNode.get(0);
          out.add(first.isString() ? first.asString() : first.path("value").asString());
        }
      }
    }
    return out;
  }

  static Map<String, Object> call(String tool, Map<String, Object> args) {
    CallToolResult result = client.callTool(new CallToolRequest(tool, args));
    assertThat(result.isError()).as(AbstractMcpToolsIT.text(result)).isFalse();
    return Json.MAPPER.readValue(AbstractMcpToolsIT.text(result), Map.class);
  }

  static String error(String tool, Map<String, Object> args) {
    return AbstractMcpToolsIT.errorText(client.callTool(new CallToolRequest(tool, args)));
  }

  static HttpResponse<byte[]> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<String> put(String url, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/csv")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> resolveAll(String format) {
    return call(
        "resolve_identities", Map.of("id_type", "email", "identifiers", emails, "format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "jsonl"})
  @SuppressWarnings("unchecked")
  void resolveIdentities_exportDownloadsWithoutAToken(String format) throws Exception {
    Map<String, Object> result = resolveAll(format);
    Map<String, Object> export = (Map<String, Object>) result.get("export");
    Map<String, Object> stats = (Map<String, Object>) result.get("stats");
    List<Map<String, Object>> sample = (List<Map<String, Object>>) result.get("identities");
    int resolved = ((Number) stats.get("resolved")).intValue();
    assertThat(resolved).isGreaterThan(200);
    assertThat(export.get("format")).isEqualTo(format);
    assertThat(((Number) export.get("rows")).intValue()).isEqualTo(resolved);
    assertThat(sample).hasSize(100);
    assertThat(result.get("truncated")).isEqualTo(true);
    String workflow = (String) result.get("workflow_id");
    assertThat((String) export.get("resource_uri"))
        .startsWith("workflow://" + workflow + "/artifacts/resolved_identities-")
        .endsWith("." + format);
    assertThat(Instant.parse((String) export.get("expires_at")))
        .isEqualTo(clock.instant().plus(Duration.ofHours(1)));

    HttpResponse<byte[]> res = get((String) export.get("url"));
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat((long) res.body().length).isEqualTo(((Number) export.get("size_bytes")).longValue());
    String body = new String(res.body(), StandardCharsets.UTF_8);
    List<JsonNode> rows = new ArrayList<>();
    switch (format) {
      case "csv" -> {
        String[] lines = body.split("\r\n");
        assertThat(lines[0])
            .startsWith(
                "person_id,overall_quality_score,matched_criteria,match_scores,email,phone");
        assertThat(lines).hasSize(resolved + 1);
        assertThat(lines[1]).startsWith(sample.get(0).get("person_id") + ",");
      }
      case "json" -> Json.MAPPER.readTree(body).forEach(rows::add);
      default -> {
        for (String line : body.split("\n")) {
          rows.add(Json.MAPPER.readTree(line));
        }
      }
    }
    if (!format.equals("csv")) {
      assertThat(rows).hasSize(resolved);
      assertThat(Json.MAPPER.convertValue(rows.get(0), Map.class)).isEqualTo(sample.get(0));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void getPerson_csvHasOneColumnPerCatalogAttribute() throws Exception {
    List<Map<String, Object>> identities =
        (List<Map<String, Object>>)
            call(
                    "resolve_identities",
                    Map.of("id_type", "email", "identifiers", emails.subList(0, 150)))
                .get("identities");
    List<String> ids = identities.stream().map(i -> String.valueOf(i.get("person_id"))).toList();
    Map<String, Object> result =
        call(
            "get_person",
            Map.of("person_ids", ids, "domains", List.of("email", "demographic"), "format", "csv"));
    Map<String, Object> export = (Map<String, Object>) result.get("export");
    assertThat(((Number) export.get("rows")).intValue()).isEqualTo(ids.size());
    assertThat((List<?>) result.get("profiles")).hasSize(100);
    String body = new String(get((String) export.get("url")).body(), StandardCharsets.UTF_8);
    String[] lines = body.split("\r\n");
    assertThat(lines[0])
        .startsWith("person_id,quality_score,last_modified,email1,email2,email3,age_range,");
    assertThat(lines).hasSize(ids.size() + 1);
    Map<String, Object> first = ((List<Map<String, Object>>) result.get("profiles")).get(0);
    Map<String, Object> domains = (Map<String, Object>) first.get("domains");
    assertThat(lines[1])
        .startsWith(first.get("person_id") + ",")
        .contains("," + domains.get("email1") + ",");
  }

  @Test
  @SuppressWarnings("unchecked")
  void links_expireWith410AndAFreshLinkWorks() throws Exception {
    Map<String, Object> export = (Map<String, Object>) resolveAll("csv").get("export");
    String url = (String) export.get("url");
    clock.advance(Duration.ofMinutes(50));
    Map<String, Object> fresh =
        call("generate_download_url", Map.of("resource_uri", export.get("resource_uri")));
    assertThat(fresh.get("filename"))
        .isEqualTo(((String) export.get("resource_uri")).replaceAll(".*/", ""));
    clock.advance(Duration.ofMinutes(11));
    HttpResponse<byte[]> expired = get(url);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8))
        .contains("this link expired at " + export.get("expires_at"))
        .contains("generate_download_url");
    HttpResponse<byte[]> again = get((String) fresh.get("download_url"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat((long) again.body().length)
        .isEqualTo(((Number) export.get("size_bytes")).longValue());
    clock.advance(Duration.ofHours(1));
    assertThat(get((String) fresh.get("download_url")).statusCode()).isEqualTo(410);
    assertThat(error("generate_download_url", Map.of("resource_uri", export.get("resource_uri"))))
        .contains("does not exist or has expired");
  }

  @Test
  @SuppressWarnings("unchecked")
  void links_tamperedAre403() throws Exception {
    Map<String, Object> export = (Map<String, Object>) resolveAll("jsonl").get("export");
    String url = (String) export.get("url");
    String name = ((String) export.get("resource_uri")).replaceAll(".*/", "");
    assertThat(get(url.replace(name, name.replace(".jsonl", ".csv"))).statusCode()).isEqualTo(403);
    assertThat(get(url.replaceFirst("expires=(\\d)", "expires=9$1")).statusCode()).isEqualTo(403);
    assertThat(get(url.replaceFirst("kid=[0-9a-f]+", "kid=0123456789ab")).statusCode())
        .isEqualTo(403);
    assertThat(get(url.replaceFirst("sig=.", "sig=_")).statusCode()).isEqualTo(403);
    assertThat(get(url.replace("/artifacts/", "/uploads/")).statusCode()).isEqualTo(403);
    HttpResponse<byte[]> ok = get(url);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type")).contains("application/x-ndjson");
    assertThat(ok.headers().firstValue("Cache-Control")).contains("no-store, private");
    assertThat(ok.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../signing-keys.json",
        "/%2e%2e/%2e%2e/%2e%2e/signing-keys.json",
        "/..%2f..%2f..%2fsigning-keys.json",
        "/..%5c..%5c..%5csigning-keys.json",
        "/%252e%252e%252fsigning-keys.json",
        "//etc/passwd"
      })
  @SuppressWarnings("unchecked")
  void links_traversalNeverServesAFile(String suffix) throws Exception {
    Map<String, Object> result = resolveAll("csv");
    String uri = (String) ((Map<String, Object>) result.get("export")).get("resource_uri");
    String prefix = server.baseUrl() + "/v1/files/" + result.get("workflow_id") + "/artifacts";
    HttpResponse<byte[]> res = get(prefix + suffix + "?expires=1&kid=a&sig=b");
    assertThat(res.statusCode()).isIn(400, 403, 404);
    assertThat(new String(res.body(), StandardCharsets.UTF_8))
        .doesNotContain("\"current\"")
        .doesNotContain("root:");
    assertThat(
            error(
                "generate_download_url",
                Map.of("resource_uri", uri.replaceAll("[^/]*$", "") + suffix.substring(1))))
        .contains("must");
  }

  @Test
  @SuppressWarnings("unchecked")
  void upload_thenResolveFromTheCsvAndReadItAsAResource() throws Exception {
    Map<String, Object> link =
        call(
            "generate_url_for_upload",
            Map.of("filename", "customers.csv", "market_context", "test"));
    String workflow = (String) link.get("workflow_id");
    assertThat(link.get("csv_key")).isEqualTo("customers.csv");
    assertThat(link.get("resource_uri"))
        .isEqualTo("workflow://" + workflow + "/uploads/customers.csv");
    StringBuilder csv = new StringBuilder("id,Email Address\n");
    for (int i = 0; i < 120; i++) {
      csv.append(i).append(',').append(emails.get(i)).append('\n');
    }
    assertThat(
            put((String) link.get("upload_url"), csv.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(201);
    assertThat(put((String) link.get("upload_url"), new byte[] {'x'}).statusCode()).isEqualTo(409);

    Map<String, Object> fromCsv =
        call(
            "resolve_identities",
            Map.of(
                "workflow_id",
                workflow,
                "csv_resource_uri",
                link.get("resource_uri"),
                "lookup_columns",
                Map.of("email", Map.of("names", List.of("email address"))),
                "format",
                "csv"));
    Map<String, Object> direct =
        call(
            "resolve_identities",
            Map.of("id_type", "email", "identifiers", emails.subList(0, 120)));
    assertThat(((Map<String, Object>) fromCsv.get("stats"))).isEqualTo(direct.get("stats"));
    assertThat(fromCsv.get("identities"))
        .isEqualTo(((List<?>) direct.get("identities")).subList(0, 100));

    McpSchema.ReadResourceResult page =
        client.readResource(
            new McpSchema.ReadResourceRequest(
                link.get("resource_uri") + "?offset=2&limit=3&format=json"));
    McpSchema.TextResourceContents contents =
        (McpSchema.TextResourceContents) page.contents().get(0);
    List<Map<String, Object>> rows = Json.MAPPER.readValue(contents.text(), List.class);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsEntry("id", "2").containsEntry("Email Address", emails.get(2));
    assertThat(contents.meta()).containsEntry("next_offset", 5);

    List<McpSchema.Resource> files = client.listResources(workflow).resources();
    assertThat(files)
        .extracting(McpSchema.Resource::uri)
        .contains(
            (String) link.get("resource_uri"),
            (String) ((Map<String, Object>) fromCsv.get("export")).get("resource_uri"));
    assertThat(client.listResourceTemplates().resourceTemplates())
        .extracting(McpSchema.ResourceTemplate::uriTemplate)
        .contains(WorkflowResources.TEMPLATE);
  }

  @Test
  @SuppressWarnings("unchecked")
  void resolveAndEnrichRows_keepsEveryRowInOrder() throws Exception {
    Map<String, Object> link = call("generate_url_for_upload", Map.of("filename", "crm.csv"));
    String workflow = (String) link.get("workflow_id");
    StringBuilder csv = new StringBuilder("id,Email,notes\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i).append(',').append(emails.get(i)).append(",\"a, b\"\n");
    }
    csv.append("50,nobody-at-all@example.org,x\n51,not an email,y\n");
    assertThat(
            put((String) link.get("upload_url"), csv.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(201);
    Map<String, Object> args =
        new java.util.HashMap<>(
            Map.of(
                "workflow_id", workflow,
                "csv_resource_uri", link.get("resource_uri"),
                "lookup_columns", Map.of("email", Map.of("names", List.of("Email"))),
                "domains", List.of("name", "demographic")));
    Map<String, Object> result = call("resolve_and_enrich_rows", args);
    Map<String, Object> stats = (Map<String, Object>) result.get("stats");
    Map<String, Object> export = (Map<String, Object>) result.get("export");
    assertThat(stats)
        .containsEntry("rows", 52)
        .containsEntry("written", 52)
        .containsEntry("matched", 50)
        .containsEntry("unmatched", 2);
    assertThat(export).containsEntry("rows", 52).containsEntry("format", "csv");
    assertThat((List<String>) result.get("columns"))
        .startsWith(
            "id",
            "Email",
            "notes",
            "idgraph_person_id",
            "idgraph_match_score",
            "idgraph_matched_on",
            "idgraph_note",
            "first_name",
            "last_name");
    assertThat((List<String>) result.get("identifier_columns")).containsExactly("email <- 'Email'");
    assertThat((List<Map<String, Object>>) result.get("sample"))
        .hasSize(10)
        .first()
        .satisfies(row -> assertThat(row).containsEntry("id", "0").containsEntry("notes", "a, b"));

    String body = new String(get((String) export.get("url")).body(), StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    try (var reader =
        new io.idgraph.csv.CsvReader(
            new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
      for (io.idgraph.csv.CsvRecord r; (r = reader.next()) != null; ) {
        rows.add(r.fields());
      }
    }
    assertThat(rows).hasSize(53);
    for (int i = 1; i <= 52; i++) {
      assertThat(rows.get(i).get(0)).isEqualTo(Integer.toString(i - 1));
    }
    assertThat(rows.get(51).get(3)).isEmpty();
    assertThat(rows.get(52).get(6)).contains("not used");

    args.put("include_unmatched", false);
    args.put("min_score_threshold", 0.5);
    Map<String, Object> matchedOnly = call("resolve_and_enrich_rows", args);
    assertThat((Map<String, Object>) matchedOnly.get("export")).containsEntry("rows", 50);
    args.put("tiebreaker_hierarchy", List.of("linkedin"));
    assertThat(error("resolve_and_enrich_rows", args))
        .startsWith("tiebreaker_hierarchy[0] must be one of email, phone, address, maid");
    args.remove("tiebreaker_hierarchy");
    args.put("domains", List.of("golf"));
    assertThat(error("resolve_and_enrich_rows", args)).startsWith("unknown domain 'golf'");
  }

  @Test
  void upload_overTheLimitIs413() throws Exception {
    Map<String, Object> link = call("generate_url_for_upload", Map.of("filename", "big.csv"));
    HttpResponse<String> res = put((String) link.get("upload_url"), new byte[(int) MAX_UPLOAD + 1]);
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(res.body()).contains("larger than the limit of " + MAX_UPLOAD + " bytes");
    assertThat(
            error(
                "resolve_identities",
                Map.of(
                    "workflow_id", link.get("workflow_id"),
                    "csv_resource_uri", link.get("resource_uri"),
                    "lookup_columns", Map.of("email", Map.of("names", List.of("email"))))))
        .contains("does not exist or has expired");
  }

  @Test
  void tools_sayWhatToChange() {
    assertThat(error("generate_url_for_upload", Map.of("filename", "../x.csv")))
        .startsWith("filename must");
    assertThat(error("generate_url_for_upload", Map.of("filename", "x.txt")))
        .startsWith("filename must end in .csv");
    assertThat(error("generate_download_url", Map.of("resource_uri", "s3://bucket/x.csv")))
        .startsWith("resource_uri must start with workflow://");
    assertThat(
            error(
                "generate_download_url",
                Map.of(
                    "workflow_id", "0b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d",
                    "resource_uri",
                        "workflow://1b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d/artifacts/x.csv")))
        .contains("belongs to workflow");
    assertThat(
            error(
                "resolve_identities",
                Map.of(
                    "csv_resource_uri",
                    "workflow://1b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d/uploads/x.csv")))
        .startsWith("lookup_columns is required with csv_resource_uri");
  }
}
