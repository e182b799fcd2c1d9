package io.idgraph.resolve;

import java.util.List;

/**
 * The resolve_identities result (workflow_id and tool_trace_id are added by the caller).
 *
 * @param truncated true when more identities matched than the inline limit; null otherwise
 */
public record ResolveResult(
    List<Identity> identities,
    ResolveStats stats,
    List<InvalidIdentifier> invalidIdentifiers,
    Boolean truncated) {}
