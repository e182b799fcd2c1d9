package io.idgraph.workflow;

import java.util.List;

/** A workflow at a glance, for {@code idgraph workflows list}. */
public record WorkflowSummary(
    String workflowId, int calls, String firstCall, String lastCall, List<String> tools) {}
