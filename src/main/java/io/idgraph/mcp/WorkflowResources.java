package io.idgraph.mcp;

import io.idgraph.export.ArtifactPage;
import io.idgraph.export.ArtifactPages;
import io.idgraph.export.ArtifactStore;
import io.idgraph.export.ResourceUri;
import io.idgraph.export.StoredFile;
import io.idgraph.graph.IdgraphException;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A workflow's files as MCP resources: the template {@code workflow://{workflow_id}/{kind}/
 * {filename}} for {@code resources/read} (a page of rows, {@code ?offset=&limit=&format=}), and the
 * listing of one workflow's files for {@code resources/list} with the workflow id as cursor.
 */
final class WorkflowResources {
  static final String TEMPLATE = "workflow://{workflow_id}/{kind}/{filename}";
  private final ArtifactStore store;

  WorkflowResources(ArtifactStore store) {
    this.store = store;
  }

  SyncResourceTemplateSpecification template() {
    McpSchema.ResourceTemplate template =
        McpSchema.ResourceTemplate.builder()
            .uriTemplate(TEMPLATE)
            .name("workflow-file")
            .title("Workflow file (export or upload)")
            .description(
                "A file of a workflow: kind is artifacts (exports written by tools) or uploads"
                    + " (CSVs you uploaded). Reading returns a page of rows: append"
                    + " ?offset=0&limit=10&format=csv|json|jsonl (limit at most "
                    + ArtifactPages.MAX_LIMIT
                    + "). List a workflow's files with resources/list and the workflow_id as"
                    + " cursor. For the whole file use generate_download_url.")
            .mimeType("text/csv")
            .build();
    return new SyncResourceTemplateSpecification(
        template, (context, request) -> read(request.uri()));
  }

  McpSchema.ReadResourceResult read(String uri) {
    try {
      ResourceUri.Parsed parsed = ResourceUri.parseWithQuery(uri);
      StoredFile file = store.require(parsed.uri());
      ArtifactPages.PageQuery query =
          ArtifactPages.parseQuery(parsed.query(), ArtifactPages.fileFormat(parsed.uri()));
      ArtifactPage page = ArtifactPages.read(file, query, store.maxPageBytes());
      Map<String, Object> meta = new java.util.LinkedHashMap<>();
      meta.put("offset", query.offset());
      meta.put("rows", page.rows());
      if (page.nextOffset() != null) {
        meta.put("next_offset", page.nextOffset());
      }
      meta.put("size_bytes", file.sizeBytes());
      meta.put("expires_at", file.expiresAt().toString());
      return new McpSchema.ReadResourceResult(
          List.of(new McpSchema.TextResourceContents(uri, page.mimeType(), page.text(), meta)));
    } catch (IdgraphException e) {
      throw new McpError(
          new McpSchema.JSONRPCResponse.JSONRPCError(
              McpSchema.ErrorCodes.INVALID_PARAMS, e.getMessage(), null));
    }
  }

  /** The live files of one workflow as resources. */
  McpSchema.ListResourcesResult list(String workflowId) {
    List<McpSchema.Resource> resources = new ArrayList<>();
    for (StoredFile file : store.list(workflowId)) {
      resources.add(
          McpSchema.Resource.builder()
              .uri(file.uri().toString())
              .name(file.uri().filename())
              .title(file.uri().kind().wireName() + "/" + file.uri().filename())
              .description(
                  "expires at " + file.expiresAt() + "; read a page with ?offset=0&limit=10")
              .mimeType(
                  io.idgraph.export.ExportFormat.ofFilename(file.uri().filename())
                      .map(io.idgraph.export.ExportFormat::contentType)
                      .orElse("text/csv"))
              .size(file.sizeBytes())
              .build());
    }
    return new McpSchema.ListResourcesResult(resources, null);
  }
}
