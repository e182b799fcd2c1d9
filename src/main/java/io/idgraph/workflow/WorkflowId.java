package io.idgraph.workflow;

import io.idgraph.graph.Echo;
import io.idgraph.graph.IdgraphException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A workflow id: a UUID in its canonical lowercase form. Callers may send it in either case and
 * with surrounding spaces ({@link #parse}); everything stored or signed uses the canonical form.
 */
public record WorkflowId(String value) {
  /** The canonical form, for patterns that embed a workflow id (signed link paths). */
  public static final Pattern CANONICAL =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public WorkflowId {
    if (!isCanonical(value)) {
      throw IdgraphException.invalid(
          "a workflow id must be a lowercase uuid; got " + Echo.quoted(value));
    }
  }

  /** A new random (version 4) workflow id. */
  public static WorkflowId random() {
    return new WorkflowId(UUID.randomUUID().toString());
  }

  /** A caller's workflow_id, or a failure saying what a workflow id looks like. */
  public static WorkflowId parse(String raw) {
    String canonical = raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    if (!isCanonical(canonical)) {
      throw IdgraphException.invalid(
          "workflow_id must be a UUID such as 550e8400-e29b-41d4-a716-446655440000, got "
              + Echo.quoted(raw)
              + "; omit it to start a new workflow");
    }
    return new WorkflowId(canonical);
  }

  /** True for a workflow id in either case (its canonical form is the lower-case one). */
  public static boolean isValid(String raw) {
    return raw != null && isCanonical(raw.toLowerCase(Locale.ROOT));
  }

  /** True for a workflow id in canonical form (a file name or link part can be built from it). */
  public static boolean isCanonical(String value) {
    return value != null && CANONICAL.matcher(value).matches();
  }

  /** Files and links of one workflow are reachable only from calls in that workflow. */
  public static void requireSame(String callerWorkflowId, String ownerWorkflowId, String what) {
    if (callerWorkflowId != null && !callerWorkflowId.equalsIgnoreCase(ownerWorkflowId)) {
      throw IdgraphException.invalid(
          what
              + " belongs to workflow "
              + ownerWorkflowId
              + "; pass that workflow_id with this call");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
