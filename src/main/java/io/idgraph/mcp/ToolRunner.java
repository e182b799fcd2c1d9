package io.idgraph.mcp;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.AuditLog;
import io.idgraph.auth.Caller;
import io.idgraph.files.DiskTrouble;
import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.CallRecord;
import io.idgraph.workflow.TraceIds;
import io.idgraph.workflow.TracedJson;
import io.idgraph.workflow.WorkflowId;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.util.RawValue;

/**
 * Runs a tool call the same way for every tool and transport: workflow and trace ids, timing, the
 * workflow log, metrics, and the one mapping of failures to {@code isError} results.
 */
record ToolRunner(WorkflowLog workflows, ToolMetrics metrics, Clock clock, AuditLog audit) {
  private static final Logger LOG = LoggerFactory.getLogger(ToolRunner.class);

  static final String OUT_OF_MEMORY =
      "the server ran out of memory for this call; send fewer identifiers per call, or start the"
          + " server with more heap (IDGRAPH_JAVA_OPTS=-Xmx2g idgraph serve ...)";

  /**
   * Runs the call and records it in the audit log before answering: a successful call whose record
   * cannot be made durable is answered with an error instead, so every acknowledged call is in the
   * log.
   */
  CallToolResult run(
      IdgraphTool tool, Map<String, Object> arguments, String transport, Caller caller) {
    Instant at = clock.instant();
    Audited audited = new Audited();
    CallToolResult result = run(tool, arguments, transport, audited);
    try {
      audit.append(
          new AuditEvent(
              at.truncatedTo(ChronoUnit.MILLIS).toString(),
              caller.name(),
              "stdio".equals(transport) ? "mcp-stdio" : "mcp-http",
              tool.name(),
              Boolean.TRUE.equals(result.isError()) ? "error" : "ok",
              audited.counts,
              audited.workflowId,
              null,
              null));
    } catch (IdgraphException e) {
      LOG.error("a {} call could not be written to the audit log", tool.name());
      if (Boolean.TRUE.equals(result.isError())) {
        return result; // a failure was not acknowledged; its own message says more
      }
      return error("cannot record the call in the audit log: " + e.getMessage());
    }
    return result;
  }

  /** What a call leaves for its audit record: counts and workflow id, never input. */
  private static final class Audited {
    Map<String, Integer> counts = Map.of();
    String workflowId;
  }

  private CallToolResult run(
      IdgraphTool tool, Map<String, Object> arguments, String transport, Audited audited) {
    long start = System.nanoTime();
    Instant at = clock.instant();
    String traceId = TraceIds.newTraceId();
    CallContext context = null;
    try {
      context = context(arguments, traceId);
      audited.workflowId = context.workflowId();
      ToolOutput output = tool.call(Arguments.of(arguments), context);
      audited.counts = output.counts();
      // one serialization: the same bytes are the text content and the raw structured content
      ToolJson json =
          new ToolJson(TracedJson.writeBytes(output.result(), context.workflowId(), traceId));
      long nanos = System.nanoTime() - start;
      workflows.append(
          context.workflowId(), record(tool, traceId, at, nanos, transport, "ok", output.counts()));
      metrics.record(tool.name(), true, nanos);
      return CallToolResult.builder()
          .content(List.of(new TextContent(json.getValue())))
          .structuredContent(new RawValue(json))
          .isError(false)
          .build();
    } catch (IdgraphException e) {
      long nanos = System.nanoTime() - start;
      if (context != null && context.workflowGiven() && workflows.exists(context.workflowId())) {
        recordFailure(context, record(tool, traceId, at, nanos, transport, "error", Map.of()));
      }
      metrics.record(tool.name(), false, nanos);
      return error(e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      metrics.record(tool.name(), false, System.nanoTime() - start);
      if (causedByOutOfMemory(e)) {
        return outOfMemory(tool, traceId);
      }
      Optional<DiskTrouble> disk = DiskTrouble.of(e);
      if (disk.isPresent()) {
        // a full or read-only data dir: the tool wrote nothing it keeps; say so, not "internal"
        LOG.warn("tool {} cannot write the data dir: {}", tool.name(), disk.get().label());
        return error("cannot write the result: " + disk.get().description());
      }
      // the message may quote input; log the type and where, never the message
      StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      LOG.error(
          "tool {} failed with {} at {} (tool_trace_id {})",
          tool.name(),
          e.getClass().getName(),
          where,
          traceId);
      return error("internal error; the server log has details under tool_trace_id " + traceId);
    }
  }

  /**
   * What the call allocated is garbage now: the server goes on, and the caller learns what to
   * change instead of waiting on an answer that never comes.
   */
  private static CallToolResult outOfMemory(IdgraphTool tool, String traceId) {
    LOG.warn("tool {} ran out of memory (tool_trace_id {})", tool.name(), traceId);
    return error(OUT_OF_MEMORY);
  }

  /**
   * An OutOfMemoryError, or an exception caused by one: a resource closed after an OutOfMemoryError
   * can throw the JVM's shared instance again, and try-with-resources then fails to add it to
   * itself as suppressed, with an IllegalArgumentException caused by it.
   */
  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** A failed call is recorded when it can be; a second disk failure must not hide the first. */
  private void recordFailure(CallContext context, CallRecord record) {
    try {
      workflows.append(context.workflowId(), record);
    } catch (IdgraphException e) {
      LOG.warn("a failed call could not be recorded in the workflow log either");
    }
  }

  private static CallContext context(Map<String, Object> arguments, String traceId) {
    Object raw = arguments == null ? null : arguments.get("workflow_id");
    if (raw == null) {
      return new CallContext(WorkflowId.random().value(), false, traceId);
    }
    if (!(raw instanceof String s)) {
      throw IdgraphException.invalid(
          "workflow_id must be a UUID string, got " + Arguments.kind(raw));
    }
    return new CallContext(WorkflowLog.parseId(s), true, traceId);
  }

  private static CallRecord record(
      IdgraphTool tool,
      String traceId,
      Instant at,
      long nanos,
      String transport,
      String outcome,
      Map<String, Integer> counts) {
    return new CallRecord(
        tool.name(),
        traceId,
        at.truncatedTo(ChronoUnit.MILLIS).toString(),
        nanos / 1_000_000,
        transport,
        outcome,
        counts);
  }

  static CallToolResult error(String message) {
    return CallToolResult.builder()
        .content(List.of(new TextContent(message)))
        .isError(true)
        .build();
  }
}
