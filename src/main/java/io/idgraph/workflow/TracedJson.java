package io.idgraph.workflow;

import io.idgraph.graph.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tool result as compact JSON with {@code workflow_id} and {@code tool_trace_id} appended: the
 * same object the result record maps to plus the two ids, streamed in one pass by Jackson's
 * generator without an intermediate tree (results of 1,000 profiles are megabytes; the hot path
 * serializes them once).
 */
public final class TracedJson {
  private TracedJson() {}

  /** The result as text (the CLI prints it). */
  public static String write(Object result, String workflowId, String toolTraceId) {
    return new String(writeBytes(result, workflowId, toolTraceId), StandardCharsets.UTF_8);
  }

  /**
   * The result as UTF-8 bytes, for the MCP reply. The ids are a UUID and 32 hex digits, so they
   * need no escaping.
   */
  public static byte[] writeBytes(Object result, String workflowId, String toolTraceId) {
    Buffer out = new Buffer();
    Json.MAPPER.writeValue(out, result);
    boolean empty = out.dropClosingBrace();
    String ids =
        (empty ? "" : ",")
            + "\"workflow_id\":\""
            + workflowId
            + "\",\"tool_trace_id\":\""
            + toolTraceId
            + "\"}";
    out.writeBytes(ids.getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A byte buffer that can take back the closing brace of the object just written. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(8192);
    }

    /** Drops the final '}'; true when the object was empty ("{}"). */
    boolean dropClosingBrace() {
      if (count < 2 || buf[count - 1] != '}') {
        throw new IllegalArgumentException("a tool result must serialize to a JSON object");
      }
      count--;
      return count == 1;
    }
  }
}
