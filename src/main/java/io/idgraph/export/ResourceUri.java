package io.idgraph.export;

import io.idgraph.graph.Echo;
import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.WorkflowId;
import java.util.regex.Pattern;

/**
 * {@code workflow://{workflow_id}/{artifacts|uploads}/{filename}}: a file of a workflow. Every part
 * is checked against a strict pattern, so a valid one can never name a path outside its folder.
 */
public record ResourceUri(String workflowId, ArtifactKind kind, String filename) {
  public static final String SCHEME = "workflow://";
  static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public ResourceUri {
    requireWorkflowId(workflowId);
    requireFilename(filename);
  }

  /**
   * Parses a resource uri; a query string ({@code ?offset=...}) is not part of it and must be cut
   * off first (see {@link #parseWithQuery}).
   */
  public static ResourceUri parse(String uri) {
    if (uri == null || !uri.startsWith(SCHEME)) {
      throw IdgraphException.invalid(
          "resource_uri must start with workflow://, like"
              + " workflow://{workflow_id}/artifacts/{filename}; got "
              + Echo.quoted(uri));
    }
    String[] parts = uri.substring(SCHEME.length()).split("/", -1);
    if (parts.length != 3) {
      throw IdgraphException.invalid(
          "resource_uri must be workflow://{workflow_id}/artifacts/{filename} or"
              + " workflow://{workflow_id}/uploads/{filename}; got "
              + Echo.quoted(uri));
    }
    ArtifactKind kind =
        ArtifactKind.fromWire(parts[1])
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "resource_uri folder must be artifacts or uploads; got "
                            + Echo.quoted(parts[1])));
    return new ResourceUri(parts[0].toLowerCase(java.util.Locale.ROOT), kind, parts[2]);
  }

  /** The uri and its query string (without the {@code ?}), or null when there is none. */
  public static Parsed parseWithQuery(String uri) {
    int q = uri == null ? -1 : uri.indexOf('?');
    return q < 0
        ? new Parsed(parse(uri), null)
        : new Parsed(parse(uri.substring(0, q)), uri.substring(q + 1));
  }

  public record Parsed(ResourceUri uri, String query) {}

  static void requireWorkflowId(String workflowId) {
    if (!WorkflowId.isCanonical(workflowId)) {
      throw IdgraphException.invalid(
          "workflow_id in a resource uri must be a lowercase uuid; got " + Echo.quoted(workflowId));
    }
  }

  /** Letters, digits, dot, dash and underscore; starts with a letter or digit; no "..". */
  static void requireFilename(String filename) {
    if (!isValidFilename(filename)) {
      throw IdgraphException.invalid(
          "filename must be 1 to 128 letters, digits, '.', '-' or '_', start with a letter or"
              + " digit and hold no '..'; got "
              + Echo.quoted(filename));
    }
  }

  public static boolean isValidFilename(String filename) {
    return filename != null && FILENAME.matcher(filename).matches() && !filename.contains("..");
  }

  @Override
  public String toString() {
    return SCHEME + workflowId + "/" + kind.wireName() + "/" + filename;
  }
}
