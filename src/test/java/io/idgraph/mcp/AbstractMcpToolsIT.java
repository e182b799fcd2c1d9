package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.idgraph.state.ServerState;
import io.idgraph.store.StoreUri;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tool suite every transport passes, driven by the MCP Java SDK's client against a server
 * started from the packaged jar on the small test graph.
 */
abstract class AbstractMcpToolsIT {

  /** An initialized client connected to the server under test. */
  protected abstract McpSyncClient client();

  /** The data dir the server under test serves. */
  protected abstract DataDir dataDir();

  /** The transport's name as recorded in the workflow log. */
  protected abstract String transport();

  CallToolResult call(String tool, Map<String, Object> arguments) {
    return client().callTool(new CallToolRequest(tool, arguments));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> structured(CallToolResult result) {
    assertThat(result.isError()).as(text(result)).isFalse();
    Map<String, Object> content = (Map<String, Object>) result.structuredContent();
    assertThat(Json.MAPPER.readValue(text(result), Map.class))
        .as("text content holds the same JSON")
        .isEqualTo(content);
    return content;
  }

  static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  static String errorText(CallToolResult result) {
    assertThat(result.isError()).as(text(result)).isTrue();
    return text(result);
  }

  @Test
  void listTools_sixToolsWithClosedSchemas() {
    List<McpSchema.Tool> tools = client().listTools().tools();
    assertThat(tools)
        .extracting(McpSchema.Tool::name)
        .containsExactlyInAnyOrder(
            "resolve_identities",
            "get_person",
            "submit_feedback",
            "generate_download_url",
            "generate_url_for_upload",
            "resolve_and_enrich_rows");
    for (McpSchema.Tool tool : tools) {
      assertThat(tool.description()).hasSizeGreaterThan(100);
      assertThat(tool.inputSchema()).containsEntry("additionalProperties", false);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void resolveIdentities_seedSingleTypeExample() {
    Map<String, Object> result =
        structured(
            call(
                "resolve_identities",
                Map.of(
                    "id_type", "email",
                    "id_hash", "plaintext",
                    "identifiers",
                        List.of(
                            "customer1@example.com",
                            "customer2@example.com",
                            "customer3@example.com"))));

    List<Map<String, Object>> identities = (List<Map<String, Object>>) result.get("identities");
    assertThat(identities).extracting(i -> i.get("person_id")).containsExactly(12347, 12346);
    assertThat(identities.get(0).get("matches"))
        .isEqualTo(
            List.of(
                Map.of(
                    "criterion_type", "email_plaintext",
                    "criterion_value", "customer1@example.com",
                    "quality_score", 0.9)));
    assertThat((Map<String, Object>) identities.get(0).get("identifiers"))
        .containsEntry("email", List.of("customer1@example.com", "alt1@example.com"))
        .containsEntry("phone", List.of("5551234567"));
    assertThat((Map<String, Object>) result.get("stats"))
        .containsEntry("requested", 3)
        .containsEntry("resolved", 2)
        .containsEntry("rate", 0.67);
    assertThat((String) result.get("workflow_id")).matches("[0-9a-f-]{36}");
    assertThat((String) result.get("tool_trace_id")).matches("[0-9a-f]{32}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void resolveIdentities_multiIdentifiersCombineWithNoisyOr() {
    Map<String, Object> result =
        structured(
            call(
                "resolve_identities",
                Map.of(
                    "multi_identifiers",
                    List.of(
                        Map.of(
                            "id_type", "email",
                            "hash_type", "plaintext",
                            "values", List.of("customer2@example.com")),
                        Map.of(
                            "id_type", "phone",
                            "hash_type", "plaintext",
                            "values", List.of("(555) 987-6543"))))));
    List<Map<String, Object>> identities = (List<Map<String, Object>>) result.get("identities");
    assertThat(identities).hasSize(1);
    assertThat(identities.get(0))
        .containsEntry("person_id", 12346)
        .containsEntry("overall_quality_score", 0.9856);
  }

  @Test
  void resolveIdentities_badArgumentsAreToolErrors() {
    assertThat(
            errorText(
                call("resolve_identities", Map.of("id_type", "mail", "identifiers", List.of("a")))))
        .isEqualTo("id_type must be one of email, phone, address, maid; got 'mail'");
    assertThat(errorText(call("resolve_identities", Map.of())))
        .startsWith("give either identifiers with id_type");
    assertThat(
            errorText(
                call(
                    "resolve_identities",
                    Map.of(
                        "multi_identifiers",
                        List.of(
                            Map.of(
                                "id_type", "address",
                                "hash_type", "md5",
                                "values", List.of("x")))))))
        .startsWith("address groups must be plaintext");
  }

  @Test
  @SuppressWarnings("unchecked")
  void getPerson_seedExampleWithIntegerIds() {
    Map<String, Object> result =
        structured(
            call(
                "get_person",
                Map.of(
                    "person_ids", List.of("12345", 12346, "999999"),
                    "domains",
                        List.of(
                            "demographic",
                            "interest",
                            "affinity",
                            "lifestyle",
                            "household",
                            "financial"),
                    "format", "none")));
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) result.get("profiles");
    assertThat(profiles).extracting(p -> p.get("person_id")).containsExactly("12345", "12346");
    assertThat(profiles.get(0).get("metadata"))
        .isEqualTo(Map.of("quality_score", 0.92, "last_modified", "2025-01-15T10:30:00Z"));
    assertThat((Map<String, Object>) profiles.get(0).get("domains"))
        .containsEntry("age_range", "35-44")
        .containsEntry("interested_fitness", "Yes")
        .containsEntry("number_children_in_household", 2)
        .doesNotContainKey("email1");
    assertThat(result.get("not_found")).isEqualTo(List.of("999999"));
  }

  @Test
  void getPerson_limitsAndUnknownDomain() {
    List<Object> ids = IntStream.rangeClosed(1, 1001).<Object>mapToObj(i -> i).toList();
    assertThat(errorText(call("get_person", Map.of("person_ids", ids, "domains", List.of("name")))))
        .startsWith("Maximum 1000 person IDs allowed per request");
    assertThat(
            errorText(
                call("get_person", Map.of("person_ids", List.of("1"), "domains", List.of("golf")))))
        .startsWith("unknown domain 'golf'; valid domains: address, affinity, content");
    assertThat(
            errorText(
                call(
                    "get_person",
                    Map.of(
                        "person_ids", List.of("1"), "domains", List.of("name"), "format", "xls"))))
        .isEqualTo("format must be one of none, csv, json, jsonl; got 'xls'");
  }

  @Test
  @SuppressWarnings("unchecked")
  void submitFeedback_onAWorkflowIsStoredAndRecorded() {
    Map<String, Object> resolved =
        structured(
            call(
                "resolve_identities",
                Map.of("id_type", "phone", "identifiers", List.of("415-555-0142"))));
    String workflowId = (String) resolved.get("workflow_id");
    String traceId = (String) resolved.get("tool_trace_id");

    Map<String, Object> result =
        structured(
            call(
                "submit_feedback",
                Map.of(
                    "workflow_id",
                    workflowId,
                    "feedback_items",
                    List.of(
                        Map.of(
                            "tool_trace_id",
                            traceId,
                            "feedback",
                            "this is not Jane",
                            "person_id",
                            12345,
                            "kind",
                            "wrong_match"),
                        Map.of("feedback", "")))));
    assertThat(result)
        .containsEntry("workflow_id", workflowId)
        .containsEntry("stored_items", 1)
        .containsEntry("invalid_items", 1)
        .containsKeys("feedback_id", "message", "submitted_at", "tool_trace_id");
    assertThat((List<String>) result.get("warnings"))
        .containsExactly("feedback_items[1].feedback is required: the text");

    // where the server keeps them: the data dir, or the cluster IDGRAPH_STORE names
    try (ServerState state =
        ServerState.open(dataDir(), StoreUri.parse(System.getenv("IDGRAPH_STORE")))) {
      assertThat(state.feedback().list(workflowId))
          .singleElement()
          .satisfies(r -> assertThat(r.items().get(0).personId()).isEqualTo("12345"));
      assertThat(state.workflows().calls(workflowId))
          .extracting(c -> c.tool() + "/" + c.transport() + "/" + c.outcome())
          .containsExactly(
              "resolve_identities/" + transport() + "/ok",
              "submit_feedback/" + transport() + "/ok");
    }
  }

  @Test
  void submitFeedback_unknownOrMalformedWorkflow() {
    Map<String, Object> item = Map.of("feedback", "x");
    assertThat(
            errorText(
                call(
                    "submit_feedback",
                    Map.of(
                        "workflow_id",
                        "00000000-0000-4000-8000-000000000000",
                        "feedback_items",
                        List.of(item)))))
        .contains("is not known to this server");
    assertThat(
            errorText(
                call(
                    "submit_feedback",
                    Map.of("workflow_id", "wf-1", "feedback_items", List.of(item)))))
        .startsWith("workflow_id must be a UUID");
    assertThat(errorText(call("submit_feedback", Map.of("feedback_items", List.of(item)))))
        .startsWith("workflow_id is required");
  }

  @Test
  @SuppressWarnings("unchecked")
  void workflowId_isEchoedInCanonicalForm() {
    String id = "550E8400-E29B-41D4-A716-446655440000";
    Map<String, Object> result =
        structured(
            call(
                "get_person",
                Map.of(
                    "person_ids", List.of(12347), "domains", List.of("name"), "workflow_id", id)));
    assertThat(result.get("workflow_id")).isEqualTo(id.toLowerCase(Locale.ROOT));
    assertThat(((List<Map<String, Object>>) result.get("profiles")).get(0).get("domains"))
        .isEqualTo(Map.of("first_name", "Ann", "last_name", "Lee"));
  }

  @Test
  void unknownTool_isInvalidParams() {
    assertThatThrownBy(() -> call("delete_everything", Map.of()))
        .isInstanceOfSatisfying(
            McpError.class,
            e ->
                assertThat(e.getJsonRpcError().code())
                    .isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
    assertThat(client().ping()).isNotNull();
  }

  @Test
  void readResource_domainCatalog() {
    List<McpSchema.Resource> resources = client().listResources().resources();
    assertThat(resources).extracting(McpSchema.Resource::uri).contains("catalog://domains");
    McpSchema.ReadResourceResult read =
        client().readResource(new McpSchema.ReadResourceRequest("catalog://domains"));
    String text = ((McpSchema.TextResourceContents) read.contents().get(0)).text();
    assertThat(text).contains("\"demographic\"").contains("age_range");
  }
}
