/**
 * Workflows: {@link io.idgraph.workflow.WorkflowId} (the id a caller passes to tie calls together),
 * trace ids, {@link io.idgraph.workflow.TracedJson} (a tool result with both ids, serialized once),
 * and the durable records: {@link io.idgraph.workflow.WorkflowLog} appends one line per tool call
 * (tool, time, duration, counts; never identifiers) to a file per workflow, and {@link
 * io.idgraph.workflow.FeedbackStore} keeps submitted feedback. Both are append-only: files in the
 * data dir, or a cluster's {@link io.idgraph.store.EntryLog} when the store is a cluster, so
 * several servers (HTTP and stdio) and the CLI can share them and they survive restarts.
 */
package io.idgraph.workflow;
