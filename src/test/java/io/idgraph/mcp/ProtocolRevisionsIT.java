package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Both MCP revisions against one packaged server, over HTTP and stdio, as raw JSON-RPC: a
 * 2026-07-28 client (no initialize, {@code _meta} on every request, the HTTP headers) and a
 * 2025-11-25 client each resolve, get a person with an export, and read the export and the catalog;
 * then the revision's refusals (versions, envelopes, headers, methods).
 */
class ProtocolRevisionsIT {
  private static final String MODERN = "2026-07-28";
  private static final Map<String, Object> META =
      Map.of(
          "io.modelcontextprotocol/protocolVersion", MODERN,
          "io.modelcontextprotocol/clientCapabilities", Map.of(),
          "io.modelcontextprotocol/clientInfo", Map.of("name", "it", "version", "1"));

  @TempDir static Path root;
  private static McpWire.Both both;
  private static McpWire http;
  private static McpWire stdio;

  @BeforeAll
  static void start() throws Exception {
    both = McpWire.Both.start(root);
    http = both.http();
    stdio = both.stdio();
  }

  @AfterAll
  static void stop() throws Exception {
    if (both != null) {
      both.close();
    }
  }

  static List<McpWire> wires() {
    return List.of(http, stdio);
  }

  /** A 2026-07-28 request with the headers an HTTP client sends (ignored on stdio). */
  static McpWire.Answer modern(McpWire wire, String method, Map<String, Object> params)
      throws Exception {
    Map<String, Object> withMeta = new LinkedHashMap<>(params);
    withMeta.put("_meta", META);
    String name = (String) params.getOrDefault("name", params.get("uri"));
    List<String> headers =
        new java.util.ArrayList<>(List.of("MCP-Protocol-Version", MODERN, "Mcp-Method", method));
    if (name != null) {
      headers.addAll(List.of("Mcp-Name", name));
    }
    return wire.send(request(method, withMeta), headers.toArray(String[]::new));
  }

  static String request(String method, Object params) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("jsonrpc", "2.0");
    message.put("id", 41);
    message.put("method", method);
    message.put("params", params);
    return Json.MAPPER.writeValueAsString(message);
  }

  static JsonNode structured(McpWire.Answer answer) {
    assertThat(answer.body().has("error")).as(answer.body().toString()).isFalse();
    JsonNode result = answer.result();
    assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
    JsonNode structured = result.get("structuredContent");
    assertThat(Json.MAPPER.readTree(result.at("/content/0/text").asString())).isEqualTo(structured);
    return structured;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wires")
  void modern_discoverResolvePersonExportAndReads(McpWire wire) throws Exception {
    McpWire.Answer discover = modern(wire, "server/discover", Map.of());
    JsonNode found = discover.result();
    assertThat(found.get("supportedVersions").toString()).isEqualTo("[\"2026-07-28\"]");
    assertThat(found.get("resultType").asString()).isEqualTo("complete");
    assertThat(found.at("/_meta/io.modelcontextprotocol~1serverInfo/name").asString())
        .isEqualTo("idgraph");
    assertThat(found.has("capabilities")).isTrue();
    assertThat(found.get("cacheScope").asString()).isEqualTo("public");

    McpWire.Answer resolve =
        modern(
            wire,
            "tools/call",
            Map.of(
                "name",
                "resolve_identities",
                "arguments",
                Map.of("id_type", "email", "identifiers", List.of("customer1@example.com"))));
    assertThat(resolve.result().get("resultType").asString()).isEqualTo("complete");
    JsonNode resolved = structured(resolve);
    assertThat(resolved.at("/identities/0/person_id").asInt()).isEqualTo(12347);

    McpWire.Answer person =
        modern(
            wire,
            "tools/call",
            Map.of(
                "name",
                "get_person",
                "arguments",
                Map.of(
                    "person_ids", List.of("12347"),
                    "domains", List.of("name"),
                    "format", "csv",
                    "workflow_id", resolved.get("workflow_id").asString())));
    JsonNode profiles = structured(person);
    assertThat(profiles.at("/profiles/0/domains/first_name").asString()).isEqualTo("Ann");
    String exportUri = profiles.at("/export/resource_uri").asString();
    assertThat(exportUri).startsWith("workflow://");

    McpWire.Answer page = modern(wire, "resources/read", Map.of("uri", exportUri + "?format=json"));
    JsonNode rows = Json.MAPPER.readTree(page.result().at("/contents/0/text").asString());
    assertThat(rows.at("/0/first_name").asString()).isEqualTo("Ann");
    assertThat(page.result().get("cacheScope").asString()).isEqualTo("private");
    assertThat(page.result().get("ttlMs").asLong()).isZero();

    McpWire.Answer catalog = modern(wire, "resources/read", Map.of("uri", "catalog://domains"));
    assertThat(catalog.result().at("/contents/0/text").asString()).contains("demographic");
    assertThat(catalog.result().get("cacheScope").asString()).isEqualTo("public");
    assertThat(modern(wire, "tools/list", Map.of()).result().get("ttlMs").asLong()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wires")
  void legacy_initializeThenToolsAsBefore(McpWire wire) throws Exception {
    McpWire.Answer init =
        wire.send(
            request(
                "initialize",
                Map.of(
                    "protocolVersion", "2025-11-25",
                    "capabilities", Map.of(),
                    "clientInfo", Map.of("name", "it", "version", "1"))));
    assertThat(init.result().get("protocolVersion").asString()).isEqualTo("2025-11-25");
    McpWire.Answer resolve =
        wire.send(
            request(
                "tools/call",
                Map.of(
                    "name",
                    "resolve_identities",
                    "arguments",
                    Map.of("id_type", "phone", "identifiers", List.of("(555) 987-6543")))),
            "MCP-Protocol-Version",
            "2025-11-25");
    assertThat(structured(resolve).at("/identities/0/person_id").asInt()).isEqualTo(12346);
    assertThat(resolve.result().has("resultType")).as("2025-11-25 results are unchanged").isFalse();
    assertThat(resolve.result().has("_meta")).isFalse();
    McpWire.Answer missing = wire.send(request("resources/read", Map.of("uri", "test://none")));
    assertThat(missing.code()).isEqualTo(-32002);
    assertThat(missing.message()).startsWith("resource \"test://none\" not found;");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wires")
  void modern_refusals(McpWire wire) throws Exception {
    Map<String, Object> old = new LinkedHashMap<>(META);
    old.put("io.modelcontextprotocol/protocolVersion", "1999-01-01");
    McpWire.Answer unsupported =
        wire.send(request("tools/list", Map.of("_meta", old)), "Mcp-Method", "tools/list");
    assertThat(unsupported.code()).isEqualTo(-32022);
    assertThat(unsupported.body().at("/error/data/supported").toString())
        .isEqualTo("[\"2026-07-28\"]");
    assertThat(unsupported.body().at("/error/data/requested").asString()).isEqualTo("1999-01-01");
    assertThat(unsupported.body().get("id").asInt()).isEqualTo(41);

    McpWire.Answer noCapabilities =
        wire.send(
            request(
                "server/discover",
                Map.of("_meta", Map.of("io.modelcontextprotocol/protocolVersion", MODERN))),
            "MCP-Protocol-Version",
            MODERN,
            "Mcp-Method",
            "server/discover");
    assertThat(noCapabilities.code()).isEqualTo(-32602);
    assertThat(noCapabilities.message()).contains("io.modelcontextprotocol/clientCapabilities");

    McpWire.Answer removed = modern(wire, "initialize", Map.of());
    assertThat(removed.code()).isEqualTo(-32601);
    assertThat(removed.message()).contains("\"initialize\"").contains("server/discover");
    McpWire.Answer unknownTool =
        modern(wire, "tools/call", Map.of("name", "no_such_tool", "arguments", Map.of()));
    assertThat(unknownTool.code()).isEqualTo(-32602);
    assertThat(unknownTool.message())
        .startsWith("unknown tool \"no_such_tool\"")
        .contains("get_person");
    McpWire.Answer notFound = modern(wire, "resources/read", Map.of("uri", "test://none"));
    assertThat(notFound.code())
        .as("2026-07-28 answers a missing resource -32602")
        .isEqualTo(-32602);
    assertThat(notFound.body().at("/error/data/uri").asString()).isEqualTo("test://none");
    if (wire.http()) {
      assertThat(unsupported.status()).isEqualTo(400);
      assertThat(noCapabilities.status()).isEqualTo(400);
      assertThat(removed.status()).isEqualTo(404);
    }
  }

  @Test
  void http_headersMustMatchTheBody() throws Exception {
    String call =
        request(
            "tools/call",
            Map.of(
                "name",
                "get_person",
                "arguments",
                Map.of("person_ids", List.of("12347"), "domains", List.of("name")),
                "_meta",
                META));
    McpWire.Answer wrongName =
        http.send(
            call,
            "MCP-Protocol-Version",
            MODERN,
            "Mcp-Method",
            "tools/call",
            "Mcp-Name",
            "submit_feedback");
    assertThat(wrongName.status()).isEqualTo(400);
    assertThat(wrongName.code()).isEqualTo(-32020);
    assertThat(wrongName.message()).contains("Mcp-Name");
    McpWire.Answer noName =
        http.send(call, "MCP-Protocol-Version", MODERN, "Mcp-Method", "tools/call");
    assertThat(noName.code()).isEqualTo(-32020);
    McpWire.Answer noMethod =
        http.send(call, "MCP-Protocol-Version", MODERN, "Mcp-Name", "get_person");
    assertThat(noMethod.code()).isEqualTo(-32020);
    McpWire.Answer wrongVersion =
        http.send(
            call,
            "MCP-Protocol-Version",
            "2025-11-25",
            "Mcp-Method",
            "tools/call",
            "Mcp-Name",
            "get_person");
    assertThat(wrongVersion.code()).isEqualTo(-32020);
    String encoded =
        "=?base64?"
            + Base64.getEncoder().encodeToString("get_person".getBytes(StandardCharsets.UTF_8))
            + "?=";
    McpWire.Answer base64 =
        http.send(
            call, "MCP-Protocol-Version", MODERN, "Mcp-Method", "tools/call", "Mcp-Name", encoded);
    assertThat(base64.status()).isEqualTo(200);
    assertThat(structured(base64).at("/profiles/0/person_id").asString()).isEqualTo("12347");
  }
}
