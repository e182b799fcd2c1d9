package io.idgraph.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tool call produced.
 *
 * @param result the result record (workflow_id and tool_trace_id are added around it)
 * @param counts counts for the workflow log; never identifiers
 */
record ToolOutput(Object result, Map<String, Integer> counts) {
  /** Counts in the order given: name, value, name, value, ... */
  static Map<String, Integer> counts(Object... namesAndValues) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      counts.put((String) namesAndValues[i], (Integer) namesAndValues[i + 1]);
    }
    return counts;
  }
}
