package io.idgraph.mcp;

import io.idgraph.graph.Json;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.util.RawValue;

/**
 * The JSON-RPC reply to a successful tools/call, streamed by one Jackson generator straight to the
 * transport: the tool's JSON ({@link ToolJson}, serialized once) goes out twice, escaped as the
 * text content and raw as {@code structuredContent}, with no tree and no copy of the reply in
 * memory. The members and their order are those the SDK writes for a {@link CallToolResult}; a
 * 2026-07-28 reply adds what {@link ModernRevision} adds to every result.
 */
record ToolCallReply(JsonNode id, ToolJson json, boolean modern)
    implements JsonRpcDispatcher.ReplyBody {
  private static final ObjectWriter WRITER =
      Json.MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  /** The streamed reply for {@code result}, or null when it is not a serialized tool success. */
  static ToolCallReply of(JsonNode id, Object result, boolean modern) {
    if (result instanceof CallToolResult call
        && Boolean.FALSE.equals(call.isError())
        && call.structuredContent() instanceof RawValue raw
        && raw.rawValue() instanceof ToolJson json) {
      return new ToolCallReply(id, json, modern);
    }
    return null;
  }

  @Override
  public void writeTo(OutputStream out) {
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("jsonrpc", "2.0");
      g.writeName("id");
      g.writeTree(id);
      g.writeName("result");
      g.writeStartObject();
      g.writeArrayPropertyStart("content");
      g.writeStartObject();
      g.writeStringProperty("type", "text");
      g.writeName("text");
      byte[] bytes = json.bytes();
      g.writeUTF8String(bytes, 0, bytes.length);
      g.writeEndObject();
      g.writeEndArray();
      g.writeBooleanProperty("isError", false);
      g.writeName("structuredContent");
      g.writeRawValue(json);
      if (modern) {
        ModernRevision.writeToolCallAdditions(g);
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }
}
