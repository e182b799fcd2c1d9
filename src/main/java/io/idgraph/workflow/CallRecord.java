package io.idgraph.workflow;

import java.util.Map;

/**
 * One tool call of a workflow. Holds no identifiers: only counts.
 *
 * @param tool the tool name
 * @param toolTraceId the call's trace id
 * @param at when the call started (ISO-8601 instant)
 * @param durationMs how long it took
 * @param transport http or stdio
 * @param outcome ok or error
 * @param counts e.g. requested, resolved, invalid, profiles, not_found
 */
public record CallRecord(
    String tool,
    String toolTraceId,
    String at,
    long durationMs,
    String transport,
    String outcome,
    Map<String, Integer> counts) {}
