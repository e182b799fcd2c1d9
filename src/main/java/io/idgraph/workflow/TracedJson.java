package io.idgraph.workflow;

import io.idgraph.graph.Json;

/**
 * A tool result as JSON text with {@code workflow_id} and {@code tool_trace_id} appended: the same
 * object the result record maps to plus the two ids, written in one pass without an intermediate
 * tree (results of 1,000 profiles are megabytes; the hot path serializes them once).
 */
public final class TracedJson {
  private TracedJson() {}

  /** The ids are a UUID and 32 hex digits, so they need no escaping. */
  public static String write(Object result, String workflowId, String toolTraceId) {
    String json = Json.MAPPER.writeValueAsString(result);
    StringBuilder out = new StringBuilder(json.length() + 100);
    out.append(json, 0, json.length() - 1);
    if (json.length() > 2) {
      out.append(',');
    }
    out.append("\"workflow_id\":\"")
        .append(workflowId)
        .append("\",\"tool_trace_id\":\"")
        .append(toolTraceId)
        .append("\"}");
    return out.toString();
  }
}
