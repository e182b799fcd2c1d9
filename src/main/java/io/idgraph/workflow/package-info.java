/**
 * Durable workflow records: {@link io.idgraph.workflow.WorkflowLog} appends one line per tool call
 * (tool, time, duration, counts; never identifiers) to a file per workflow, and {@link
 * io.idgraph.workflow.FeedbackStore} keeps submitted feedback. Both are append-only files in the
 * data dir, so several servers (HTTP and stdio) and the CLI can share them and they survive
 * restarts.
 */
package io.idgraph.workflow;
