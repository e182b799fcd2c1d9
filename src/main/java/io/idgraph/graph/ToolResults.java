package io.idgraph.graph;

import tools.jackson.databind.node.ObjectNode;

/** Turns a tool's result record into the JSON object clients see, with workflow and trace ids. */
public final class ToolResults {
  private ToolResults() {}

  public static ObjectNode withTrace(Object result, String workflowId, String toolTraceId) {
    ObjectNode node = Json.MAPPER.valueToTree(result);
    node.put("workflow_id", workflowId);
    node.put("tool_trace_id", toolTraceId);
    return node;
  }
}
