package io.idgraph.mcp;

import io.idgraph.export.Exports;
import io.idgraph.export.UploadLink;
import java.util.Map;
import java.util.Set;

/** generate_url_for_upload: a signed PUT link for a CSV upload into the workflow. */
record UploadUrlTool(Exports exports) implements IdgraphTool.Body {
  static final String NAME = "generate_url_for_upload";
  static final String DEFAULT_FILENAME = "customer-data.csv";
  private static final Set<String> NAMES = ToolSchema.argumentNames(NAME);

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    args.onlyKnown(NAMES, Map.of("file_name", "the name goes in filename"));
    args.string("market_context"); // optional, free text; checked to be a string only
    String filename = args.string("filename").orElse(DEFAULT_FILENAME).trim();
    UploadLink link = exports.uploadUrl(context.workflowId(), filename);
    return new ToolOutput(link, ToolOutput.counts("links", 1));
  }
}
