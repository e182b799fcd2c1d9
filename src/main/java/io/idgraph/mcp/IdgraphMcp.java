package io.idgraph.mcp;

import io.idgraph.audit.AuditLog;
import io.idgraph.auth.Caller;
import io.idgraph.enrich.RowEnricher;
import io.idgraph.export.ExportOptions;
import io.idgraph.export.ExportService;
import io.idgraph.files.DataDir;
import io.idgraph.graph.OpenInOrder;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.profile.ProfileService;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.StoreUri;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The door to idgraph's MCP server: the tools and the catalog resource over the store of a data
 * dir, bound to any number of transports (HTTP, stdio). Close it to close the store.
 */
public final class IdgraphMcp implements AutoCloseable {
  static final String TRANSPORT = "idgraph.transport";
  static final String CALLER = "idgraph.caller";

  /** Who answers: in initialize results and, from 2026-07-28 on, in every result's _meta. */
  static final McpSchema.Implementation SERVER_INFO =
      new McpSchema.Implementation("idgraph", "idgraph", "0.1.0");

  static final String INSTRUCTIONS =
      "Identity resolution and enrichment: call resolve_identities with customer"
          + " emails, phones, addresses or mobile ad ids to get person_ids, then"
          + " get_person with those ids and the domains you need. Reuse the returned"
          + " workflow_id across calls; report bad data with submit_feedback. Read"
          + " catalog://domains for attribute names and values. For large inputs, call"
          + " generate_url_for_upload, PUT a CSV, then pass its resource_uri as"
          + " csv_resource_uri; pass format csv/json/jsonl to get results as a file"
          + " (export.url downloads it without a token).";

  private final List<IdgraphTool> tools;
  private final ToolRunner runner;
  private final ToolMetrics metrics = new ToolMetrics();
  private final McpJsonMapper mcpJson = McpJsonDefaults.getMapper();
  private final List<McpStatelessSyncServer> servers = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ExportService exports;
  private final WorkflowResources workflowFiles;
  private final GraphResources graph;

  private IdgraphMcp(GraphResources graph, Clock clock, ExportOptions options) {
    this.graph = graph;
    this.exports = graph.state().exports(clock, options);
    this.workflowFiles = new WorkflowResources(exports.exports().store());
    WorkflowLog workflows = graph.state().workflows();
    this.runner = new ToolRunner(workflows, metrics, clock, graph.audit());
    IdentityStore store = graph.store();
    IdentifierNormalizer normalizer = new IdentifierNormalizer();
    this.tools =
        List.of(
            new IdgraphTool(
                ResolveTool.NAME,
                new ResolveTool(
                    new Resolver(store, normalizer),
                    ResolveRequest.DEFAULT_INLINE_LIMIT,
                    exports.exports(),
                    ValueBudget.ofHeap())),
            new IdgraphTool(
                PersonTool.NAME, new PersonTool(new ProfileService(store), exports.exports())),
            new IdgraphTool(
                FeedbackTool.NAME, new FeedbackTool(workflows, graph.state().feedback(), clock)),
            new IdgraphTool(DownloadUrlTool.NAME, new DownloadUrlTool(exports.exports())),
            new IdgraphTool(UploadUrlTool.NAME, new UploadUrlTool(exports.exports())),
            new IdgraphTool(
                EnrichRowsTool.NAME,
                new EnrichRowsTool(new RowEnricher(store, normalizer), exports.exports())));
  }

  /** Opens the data dir's store for reading (also while a load holds it), default exports. */
  public static IdgraphMcp open(DataDir dataDir, Clock clock) {
    return open(dataDir, clock, ExportOptions.defaults());
  }

  /** Opens the data dir's store for reading (also while a load holds it). */
  public static IdgraphMcp open(DataDir dataDir, Clock clock, ExportOptions options) {
    return open(dataDir, StoreUri.embedded(), clock, options);
  }

  /**
   * Opens the graph at {@code where} (the data dir's, or a cluster) for reading, with the privacy
   * state and audit log that go with it (in the cluster too, for a cluster).
   */
  public static IdgraphMcp open(
      DataDir dataDir, StoreUri where, Clock clock, ExportOptions options) {
    try (OpenInOrder opening = new OpenInOrder()) {
      GraphResources graph = opening.add(GraphResources.open(dataDir, where));
      return opening.handOver(new IdgraphMcp(graph, clock, options));
    }
  }

  /**
   * Runs the lookup tools on the graph's own persons for at most {@code budget}, so that the first
   * clients meet compiled code (see {@link WarmUp}); returns a line that says what it did, or
   * nothing for a graph of fewer than {@link WarmUp#MIN_PERSONS} persons.
   */
  public Optional<String> warmUp(Duration budget) {
    return warmUp(budget, WarmUp.MIN_PERSONS);
  }

  Optional<String> warmUp(Duration budget, long minPersons) {
    if (budget.isZero() || graph.store().stats().persons() < minPersons) {
      return Optional.empty();
    }
    WarmUp.Summary done =
        new WarmUp(tool(ResolveTool.NAME), tool(PersonTool.NAME)).run(graph.store(), budget);
    return Optional.of(
        String.format(
            Locale.ROOT,
            "warmed up the lookup tools in %.1f s (%,.1f MB of the index read in, %d rounds)",
            done.took().toMillis() / 1000.0,
            done.pagedIn() / 1048576.0,
            done.rounds()));
  }

  private IdgraphTool tool(String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** Exports, uploads and their signed links (the HTTP server mounts their servlet). */
  public ExportService exports() {
    return exports;
  }

  /** The privacy state (data dir's or cluster's): suppression counts, withdrawn files. */
  public PrivacyState privacy() {
    return graph.privacy();
  }

  public ToolMetrics metrics() {
    return metrics;
  }

  McpJsonMapper json() {
    return mcpJson;
  }

  /**
   * Builds an MCP server answering on {@code transport}; tool calls are recorded as {@code name}.
   */
  McpStatelessSyncServer bind(McpStatelessServerTransport transport) {
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (IdgraphTool tool : tools) {
      specs.add(
          new SyncToolSpecification(
              definition(tool.name()),
              (context, request) ->
                  runner.run(tool, request.arguments(), transportOf(context), callerOf(context))));
    }
    if (transport instanceof JsonRpcDispatcher dispatcher) {
      dispatcher.listWorkflowFilesWith(workflowFiles::list);
      dispatcher.offerTools(tools.stream().map(IdgraphTool::name).toList());
      dispatcher.auditRefusalsTo(graph.audit());
    }
    McpStatelessSyncServer server =
        McpServer.sync(transport)
            .serverInfo(SERVER_INFO)
            .instructions(INSTRUCTIONS)
            .capabilities(
                McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
            .jsonMapper(mcpJson)
            .validateToolInputs(false)
            .jsonSchemaValidator(new SerializedOutputValidator())
            .immediateExecution(true)
            .tools(specs)
            .resources(catalogResource())
            .resourceTemplates(workflowFiles.template())
            .build();
    synchronized (servers) {
      servers.add(server);
    }
    return server;
  }

  private static Caller callerOf(McpTransportContext context) {
    Object caller = context == null ? null : context.get(CALLER);
    return caller instanceof Caller c ? c : Caller.STDIO;
  }

  /** The audit log every tool call and refusal is recorded in. */
  public AuditLog audit() {
    return graph.audit();
  }

  private static String transportOf(McpTransportContext context) {
    Object name = context == null ? null : context.get(TRANSPORT);
    return name == null ? "unknown" : name.toString();
  }

  /**
   * A tool's definition from {@code tools/NAME.json}: title, description, input schema, annotations
   * (behaviour hints for clients) and, where the tool has one, the output schema its structured
   * content follows.
   */
  @SuppressWarnings("unchecked")
  private McpSchema.Tool definition(String name) {
    Map<String, Object> json = ToolSchema.definition(name);
    McpSchema.Tool.Builder tool =
        McpSchema.Tool.builder()
            .name(name)
            .title((String) json.get("title"))
            .description((String) json.get("description"))
            .inputSchema((Map<String, Object>) json.get("inputSchema"))
            .annotations(
                mcpJson.convertValue(json.get("annotations"), McpSchema.ToolAnnotations.class));
    if (json.get("outputSchema") instanceof Map<?, ?> output) {
      tool.outputSchema((Map<String, Object>) output);
    }
    return tool.build();
  }

  private static SyncResourceSpecification catalogResource() {
    String text = DomainCatalogResource.json();
    McpSchema.Resource resource =
        McpSchema.Resource.builder()
            .uri(DomainCatalogResource.URI)
            .name("domain-catalog")
            .title("Domain catalog")
            .description(
                "The 18 get_person domains with their attribute names and value sets, so an"
                    + " agent can pick domains and read attributes.")
            .mimeType("application/json")
            .build();
    return new SyncResourceSpecification(
        resource,
        (context, request) ->
            new McpSchema.ReadResourceResult(
                List.of(
                    new McpSchema.TextResourceContents(
                        DomainCatalogResource.URI, "application/json", text))));
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (servers) {
      servers.forEach(McpStatelessSyncServer::close);
      servers.clear();
    }
    exports.close();
    graph.close();
  }
}
