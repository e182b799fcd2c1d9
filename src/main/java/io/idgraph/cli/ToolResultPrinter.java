package io.idgraph.cli;

import io.idgraph.graph.Json;
import io.idgraph.workflow.TraceIds;
import io.idgraph.workflow.TracedJson;
import io.idgraph.workflow.WorkflowId;

/** Prints a tool's result as the MCP tools return it: pretty JSON with workflow and trace ids. */
final class ToolResultPrinter {
  private ToolResultPrinter() {}

  static void print(Object result) {
    String json = TracedJson.write(result, WorkflowId.random().value(), TraceIds.newTraceId());
    JsonOut.pretty(Json.MAPPER.readTree(json));
  }
}
