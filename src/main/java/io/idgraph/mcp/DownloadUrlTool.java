package io.idgraph.mcp;

import io.idgraph.export.DownloadLink;
import io.idgraph.export.Exports;
import io.idgraph.graph.IdgraphException;
import java.util.Map;
import java.util.Set;

/** generate_download_url: a fresh signed link for a workflow artifact or upload. */
record DownloadUrlTool(Exports exports) implements IdgraphTool.Body {
  static final String NAME = "generate_download_url";
  private static final Set<String> NAMES = ToolSchema.argumentNames(NAME);

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    args.onlyKnown(NAMES, Map.of("uri", "the uri goes in resource_uri"));
    String uri =
        args.string("resource_uri")
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "resource_uri is required: a workflow:// uri from an export or"
                            + " generate_url_for_upload, e.g."
                            + " workflow://{workflow_id}/artifacts/{filename}"));
    DownloadLink link =
        exports.downloadUrl(context.workflowGiven() ? context.workflowId() : null, uri.trim());
    return new ToolOutput(link, ToolOutput.counts("links", 1));
  }
}
