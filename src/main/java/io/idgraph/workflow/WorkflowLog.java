package io.idgraph.workflow;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.store.EntryLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The calls of each workflow, one JSON entry per call: in the data dir ({@code <dir>/<workflow
 * id>.jsonl}, appended with O_APPEND so concurrent processes can share a workflow) or in the
 * cluster (one partition per workflow), whichever {@link EntryLog} it is given.
 */
public final class WorkflowLog {
  private final EntryLog log;

  public WorkflowLog(Path dir) {
    this(new DirectoryEntryLog(dir, "the workflow log", "record the call in the workflow log"));
  }

  public WorkflowLog(EntryLog log) {
    this.log = log;
  }

  /**
   * The canonical (lowercase) form of a workflow id, or an invalid-argument failure saying what a
   * workflow id looks like.
   */
  public static String parseId(String raw) {
    return WorkflowId.parse(raw).value();
  }

  /**
   * Appends a call to a workflow, creating the workflow on its first call; a call that cannot be
   * recorded fails with STORE_UNAVAILABLE naming the cause.
   */
  public void append(String workflowId, CallRecord call) {
    log.append(workflowId, Json.MAPPER.writeValueAsString(call).getBytes(StandardCharsets.UTF_8));
  }

  /** True if this workflow has had at least one call, in any process. */
  public boolean exists(String workflowId) {
    return log.has(workflowId);
  }

  /** The calls of a workflow, oldest first. */
  public List<CallRecord> calls(String workflowId) {
    String id = parseId(workflowId);
    List<byte[]> entries = log.entries(id);
    if (entries.isEmpty() && !log.has(id)) {
      throw new IdgraphException(
          ErrorCode.NOT_FOUND, "no workflow " + id + "; see idgraph workflows list");
    }
    return entries.stream().map(e -> Json.MAPPER.readValue(e, CallRecord.class)).toList();
  }

  /** The most recently active workflows, newest first. */
  public List<WorkflowSummary> recent(int limit) {
    List<WorkflowSummary> summaries = new ArrayList<>();
    for (String id : log.keys().stream().limit(limit).toList()) {
      List<CallRecord> calls = calls(id);
      if (calls.isEmpty()) {
        continue;
      }
      LinkedHashSet<String> tools = new LinkedHashSet<>();
      calls.forEach(c -> tools.add(c.tool()));
      summaries.add(
          new WorkflowSummary(
              id,
              calls.size(),
              calls.get(0).at(),
              calls.get(calls.size() - 1).at(),
              List.copyOf(tools)));
    }
    return summaries;
  }
}
