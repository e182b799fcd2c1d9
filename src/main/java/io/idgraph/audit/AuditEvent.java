package io.idgraph.audit;

import java.util.Map;

/**
 * One audited event. Holds counts and ids made by idgraph, never what a caller sent.
 *
 * @param at ISO-8601 time
 * @param actor key name, token subject, {@code stdio}, {@code cli}, or {@code unauthenticated}
 * @param via {@code mcp-http}, {@code mcp-stdio} or {@code cli}
 * @param action the tool or command ({@code resolve_identities}, {@code privacy delete}, ...)
 * @param outcome {@code ok}, {@code error}, {@code refused} (scope), {@code rate_limited}, {@code
 *     unauthenticated}
 * @param counts identifiers requested, persons returned and the like; may be empty
 * @param workflowId the workflow of a tool call; null otherwise
 * @param requestId a privacy request id; null otherwise
 * @param detail what was refused (the missing scope); never input
 */
public record AuditEvent(
    String at,
    String actor,
    String via,
    String action,
    String outcome,
    Map<String, Integer> counts,
    String workflowId,
    String requestId,
    String detail) {

  public AuditEvent {
    counts = counts == null ? Map.of() : Map.copyOf(counts);
  }
}
