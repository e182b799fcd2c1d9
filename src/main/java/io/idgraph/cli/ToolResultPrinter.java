package io.idgraph.cli;

import io.idgraph.graph.Json;
import io.idgraph.graph.ToolResults;
import io.idgraph.graph.TraceIds;

/** Prints a tool's result as the MCP tools return it: pretty JSON with workflow and trace ids. */
final class ToolResultPrinter {
  private ToolResultPrinter() {}

  static void print(Object result) {
    System.out.println(
        Json.MAPPER
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                ToolResults.withTrace(result, TraceIds.newWorkflowId(), TraceIds.newTraceId())));
  }
}
