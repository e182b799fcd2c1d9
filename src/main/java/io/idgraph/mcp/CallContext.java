package io.idgraph.mcp;

/**
 * The ids of one tool call.
 *
 * @param workflowId the caller's workflow id (canonical form), or a new one
 * @param workflowGiven true when the caller sent workflow_id
 * @param toolTraceId this call's trace id
 */
record CallContext(String workflowId, boolean workflowGiven, String toolTraceId) {
  /** What tells this call's files apart in the workflow: the start of its trace id. */
  String fileSuffix() {
    return toolTraceId.substring(0, 12);
  }
}
