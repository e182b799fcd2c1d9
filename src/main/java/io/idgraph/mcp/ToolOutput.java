package io.idgraph.mcp;

import java.util.Map;

/**
 * What a tool call produced.
 *
 * @param result the result record (workflow_id and tool_trace_id are added around it)
 * @param counts counts for the workflow log; never identifiers
 */
record ToolOutput(Object result, Map<String, Integer> counts) {}
