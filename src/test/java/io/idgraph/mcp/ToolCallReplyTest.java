package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import io.idgraph.workflow.TracedJson;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

class ToolCallReplyTest {
  private static final String WF = "550e8400-e29b-41d4-a716-446655440000";
  private static final String TRACE = "0123456789abcdef0123456789abcdef";

  /** Quotes, a backslash, a control character, non-ASCII and a supplementary character. */
  private static final Map<String, Object> RESULT =
      Map.of("name", "Zoë \"Q\" O\\Brien\t\u0001 \uD83D\uDE00", "count", 3);

  @Test
  void writeTo_legacy_isTheSdksReplyByteForByte() throws java.io.IOException {
    JsonNode id = JsonNodeFactory.instance.numberNode(7);
    CallToolResult result = result();

    String streamed = streamed(id, result, false);

    McpSchema.JSONRPCResponse sdk =
        new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, 7, result, null);
    String expected =
        new String(McpJsonDefaults.getMapper().writeValueAsBytes(sdk), StandardCharsets.UTF_8);
    assertThat(streamed).isEqualTo(expected);
  }

  @Test
  void writeTo_bothCopiesAreTheToolResult() {
    JsonNode reply =
        Json.MAPPER.readTree(streamed(JsonNodeFactory.instance.stringNode("x"), result(), false));

    ObjectNode expected = Json.MAPPER.valueToTree(RESULT);
    expected.put("workflow_id", WF);
    expected.put("tool_trace_id", TRACE);
    assertThat(reply.at("/result/structuredContent")).isEqualTo(expected);
    assertThat(Json.MAPPER.readTree(reply.at("/result/content/0/text").asString()))
        .isEqualTo(expected);
    assertThat(reply.get("id").asString()).isEqualTo("x");
    assertThat(reply.at("/result/isError").asBoolean(true)).isFalse();
  }

  @Test
  void writeTo_modern_addsWhatEveryModernResultCarries() {
    JsonNode reply =
        Json.MAPPER.readTree(streamed(JsonNodeFactory.instance.numberNode(1), result(), true));

    ObjectNode expected =
        (ObjectNode)
            Json.MAPPER.readTree(streamed(JsonNodeFactory.instance.numberNode(1), result(), false));
    ObjectNode decorated = (ObjectNode) expected.get("result");
    ModernRevision.decorate("tools/call", null, decorated);
    assertThat(reply).isEqualTo(expected);
    assertThat(reply.at("/result/resultType").asString()).isEqualTo("complete");
  }

  @Test
  void of_errorsAndUnserializedResults_areLeftToTheSdk() {
    JsonNode id = JsonNodeFactory.instance.numberNode(1);
    assertThat(ToolCallReply.of(id, ToolRunner.error("bad input"), false)).isNull();
    CallToolResult plain =
        CallToolResult.builder()
            .content(List.of(new TextContent("{}")))
            .structuredContent(Map.of())
            .isError(false)
            .build();
    assertThat(ToolCallReply.of(id, plain, false)).isNull();
    assertThat(ToolCallReply.of(id, McpSchema.ListToolsResult.class, false)).isNull();
  }

  private static CallToolResult result() {
    ToolJson json = new ToolJson(TracedJson.writeBytes(RESULT, WF, TRACE));
    return CallToolResult.builder()
        .content(List.of(new TextContent(json.getValue())))
        .structuredContent(new RawValue(json))
        .isError(false)
        .build();
  }

  private static String streamed(JsonNode id, CallToolResult result, boolean modern) {
    ToolCallReply reply = ToolCallReply.of(id, result, modern);
    assertThat(reply).isNotNull();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reply.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
