package io.idgraph.mcp;

import io.idgraph.graph.Echo;
import io.idgraph.graph.Json;
import io.idgraph.mcp.RevisionClassifier.Modern;
import io.idgraph.mcp.RevisionClassifier.Rejected;
import io.idgraph.mcp.RevisionClassifier.Route;
import io.idgraph.workflow.WorkflowId;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one JSON-RPC message (bytes) into one reply, for every transport: bounded parsing with
 * clear parse (-32700) and invalid-request (-32600) errors, the revision of the request ({@link
 * RevisionClassifier}), the shape of its params ({@link ParamsRules}), then the SDK's stateless
 * handler, with 2026-07-28 results decorated by {@link ModernRevision}. Every error message a
 * client reads is written here or by a tool; no exception text reaches the wire. It is the {@link
 * McpStatelessServerTransport} the SDK server binds to.
 */
final class JsonRpcDispatcher implements McpStatelessServerTransport {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcDispatcher.class);
  static final int MAX_DEPTH = 64;
  static final int MAX_STRING = 100_000;

  /** A reply body written straight to a transport's stream. */
  interface ReplyBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * A reply: an HTTP-like status and a UTF-8 JSON body, either in memory ({@code body}) or streamed
   * ({@code streamed}, tool results), or no body at all (202) for a notification.
   */
  record Reply(int status, byte[] body, ReplyBody streamed) {
    Reply(int status, byte[] body) {
      this(status, body, null);
    }

    boolean hasBody() {
      return body != null || streamed != null;
    }

    /** Writes the body, if any, to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
      if (streamed != null) {
        streamed.writeTo(out);
      } else if (body != null) {
        out.write(body);
      }
    }

    String text() {
      if (!hasBody()) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private final McpJsonMapper mcpJson;
  private final JsonMapper parser;
  private final String transportName;
  private volatile McpStatelessServerHandler handler;
  private volatile Function<String, McpSchema.ListResourcesResult> workflowFiles;
  private volatile Set<String> toolNames = Set.of();
  private volatile RevisionClassifier classifier;

  JsonRpcDispatcher(McpJsonMapper mcpJson, String transportName, long maxDocumentBytes) {
    this.mcpJson = mcpJson;
    this.transportName = transportName;
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(1_000)
            .maxNumberLength(100)
            .maxDocumentLength(maxDocumentBytes)
            .build();
    this.parser =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build();
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
    this.handler = mcpHandler;
  }

  /** The tools the bound server offers, so an unknown name is answered with the real list. */
  void offerTools(List<String> names) {
    this.toolNames = Set.copyOf(names);
  }

  private RevisionClassifier classifier() {
    RevisionClassifier c = classifier;
    if (c == null) {
      c = new RevisionClassifier(protocolVersions());
      classifier = c;
    }
    return c;
  }

  /**
   * Answers {@code resources/list} whose cursor is a workflow id with that workflow's files (the
   * SDK lists only static resources and ignores the cursor).
   */
  void listWorkflowFilesWith(Function<String, McpSchema.ListResourcesResult> lister) {
    this.workflowFiles = lister;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.empty();
  }

  /** A message without transport headers (stdio). */
  Reply handle(byte[] body) {
    return handle(body, RequestHeaders.NONE);
  }

  /** A message with the MCP headers it came with (HTTP). */
  Reply handle(byte[] body, RequestHeaders headers) {
    JsonNode node;
    try {
      node = parser.readTree(body);
    } catch (StreamConstraintsException e) {
      return error(400, null, McpSchema.ErrorCodes.INVALID_REQUEST, limitMessage(e));
    } catch (JacksonException e) {
      return error(400, null, McpSchema.ErrorCodes.PARSE_ERROR, parseMessage(e.getLocation()));
    }
    if (node == null || node.isMissingNode()) {
      return error(400, null, McpSchema.ErrorCodes.PARSE_ERROR, "parse error: the body is empty");
    }
    if (node.isArray()) {
      return invalid(null, "batch requests are not supported; send one JSON-RPC message at a time");
    }
    if (!node.isObject()) {
      return invalid(null, "a JSON-RPC message must be a JSON object");
    }
    JsonNode id = node.get("id");
    if (id != null && !(id.isString() || id.isIntegralNumber() || id.isNull())) {
      return invalid(null, "id must be a string or an integer");
    }
    if (!"2.0".equals(node.path("jsonrpc").asString(null))) {
      return invalid(id, "jsonrpc must be \"2.0\"");
    }
    JsonNode method = node.get("method");
    if (method == null) {
      // a response from the client: the stateless server sends no requests, so ignore it
      return node.has("result") || node.has("error")
          ? new Reply(202, null)
          : invalid(id, "a JSON-RPC request needs a method");
    }
    if (!method.isString()) {
      return invalid(id, "method must be a string");
    }
    McpTransportContext context =
        McpTransportContext.create(Map.of(IdgraphMcp.TRANSPORT, transportName));
    if (id == null) {
      return notify(node, context);
    }
    return answer(node, id, method.asString(), headers, context);
  }

  /** A request (it has an id): its revision, its params, then the answer. */
  private Reply answer(
      JsonNode node,
      JsonNode id,
      String name,
      RequestHeaders headers,
      McpTransportContext context) {
    JsonNode params = node.get("params");
    Route route = classifier().classify(id, name, params, headers);
    if (route instanceof Rejected rejected) {
      return rejected.reply();
    }
    boolean modern = route instanceof Modern;
    if (modern && !ModernRevision.offers(name)) {
      return error(
          404,
          id,
          McpSchema.ErrorCodes.METHOD_NOT_FOUND,
          "method \""
              + Echo.cut(name)
              + "\" is not part of MCP "
              + ProtocolRevisions.MODERN
              + " on this server; it answers "
              + ModernRevision.offered());
    }
    String problem = ParamsRules.problem(name, params);
    if (problem != null) {
      return error(200, id, McpSchema.ErrorCodes.INVALID_PARAMS, problem);
    }
    String tool = "tools/call".equals(name) ? params.get("name").asString() : null;
    if (tool != null && !toolNames.contains(tool)) {
      return unknownTool(id, tool);
    }
    if (modern && ModernRevision.DISCOVER.equals(name)) {
      return modernResult(id, ModernRevision.discover());
    }
    return request(node, id, context, modern);
  }

  private Reply unknownTool(JsonNode id, String tool) {
    return error(
        200,
        id,
        McpSchema.ErrorCodes.INVALID_PARAMS,
        "unknown tool \""
            + Echo.cut(tool)
            + "\"; call tools/list for the tools this server offers: "
            + String.join(", ", toolNames.stream().sorted().toList()));
  }

  private Reply request(JsonNode node, JsonNode id, McpTransportContext context, boolean modern) {
    JSONRPCRequest request;
    try {
      request = mcpJson.convertValue(node, JSONRPCRequest.class);
    } catch (RuntimeException e) {
      return invalid(id, "the request does not have the JSON-RPC request shape");
    }
    JsonNode params = node.get("params");
    try {
      JSONRPCResponse response = workflowFilesResponse(node, request);
      if (response == null) {
        response =
            handler
                .handleRequest(context, request)
                .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
                .block();
      }
      if (response.error() != null) {
        return sdkError(id, request.method(), params, response.error(), modern);
      }
      ToolCallReply toolCall = ToolCallReply.of(id, response.result(), modern);
      if (toolCall != null) {
        return new Reply(200, null, toolCall);
      }
      if (!modern) {
        return new Reply(200, mcpJson.writeValueAsBytes(response));
      }
      // the server's own output: read back with the unbounded mapper (request limits are for input)
      JsonNode result = Json.MAPPER.readTree(mcpJson.writeValueAsBytes(response.result()));
      ObjectNode decorated =
          result instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
      ModernRevision.decorate(request.method(), params, decorated);
      return modernResult(id, decorated);
    } catch (IOException | RuntimeException e) {
      LOG.error("request {} failed with {}", request.method(), e.getClass().getName());
      return error(500, id, McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error");
    }
  }

  private static Reply modernResult(JsonNode id, ObjectNode result) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("jsonrpc", "2.0");
    root.set("id", id);
    root.set("result", result);
    return new Reply(200, root.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An error the SDK answered with, in words this server owns: an internal error never carries the
   * exception's text, and a missing resource names the uri (-32002 in 2025-11-25, -32602 from
   * 2026-07-28 on). Errors raised by this server's own resource handlers pass unchanged.
   */
  private Reply sdkError(
      JsonNode id,
      String method,
      JsonNode params,
      JSONRPCResponse.JSONRPCError error,
      boolean modern) {
    int code = error.code();
    if (code == ProtocolRevisions.LEGACY_RESOURCE_NOT_FOUND) {
      String uri = params.path("uri").asString("");
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("uri", uri);
      return error(
          200,
          id,
          modern ? McpSchema.ErrorCodes.INVALID_PARAMS : code,
          "resource \""
              + Echo.cut(uri)
              + "\" not found; resources/list names the readable resources and"
              + " resources/templates/list the workflow file pattern",
          data);
    }
    if (code == McpSchema.ErrorCodes.METHOD_NOT_FOUND) {
      return error(
          200,
          id,
          code,
          "method \""
              + Echo.cut(method)
              + "\" not found; this server answers initialize, ping, tools/list, tools/call,"
              + " resources/list, resources/read and resources/templates/list");
    }
    if (code == McpSchema.ErrorCodes.INTERNAL_ERROR || error.message() == null) {
      LOG.error("request {} answered an internal error", method);
      return error(500, id, McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error");
    }
    return error(200, id, code, error.message(), null);
  }

  /** A workflow's files when resources/list carries a workflow id as cursor, else null. */
  private JSONRPCResponse workflowFilesResponse(JsonNode node, JSONRPCRequest request) {
    String cursor = node.path("params").path("cursor").asString(null);
    if (!"resources/list".equals(request.method()) || workflowFiles == null || cursor == null) {
      return null;
    }
    if (!WorkflowId.isValid(cursor)) {
      return null;
    }
    McpSchema.ListResourcesResult result = workflowFiles.apply(cursor.toLowerCase(Locale.ROOT));
    return new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), result, null);
  }

  private Reply notify(JsonNode node, McpTransportContext context) {
    try {
      JSONRPCNotification notification = mcpJson.convertValue(node, JSONRPCNotification.class);
      handler
          .handleNotification(context, notification)
          .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
          .block();
    } catch (RuntimeException e) {
      LOG.warn("notification failed with {}", e.getClass().getName());
    }
    return new Reply(202, null);
  }

  private static Reply invalid(JsonNode id, String message) {
    return error(400, id, McpSchema.ErrorCodes.INVALID_REQUEST, message);
  }

  /** A JSON-RPC error reply; {@code id} null gives {@code "id": null}. */
  static Reply error(int status, JsonNode id, int code, String message) {
    return error(status, id, code, message, null);
  }

  /** A JSON-RPC error reply with {@code data} (omitted when null). */
  static Reply error(int status, JsonNode id, int code, String message, Object data) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("jsonrpc", "2.0");
    root.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    if (data instanceof JsonNode node) {
      error.set("data", node);
    } else if (data != null) {
      error.put("data", data.toString());
    }
    return new Reply(status, root.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String parseMessage(TokenStreamLocation location) {
    String where =
        location == null || location.getLineNr() < 0
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return "parse error: the body is not valid JSON" + where;
  }

  private static String limitMessage(StreamConstraintsException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("nesting depth")) {
      return "the request nests JSON deeper than " + MAX_DEPTH + " levels; flatten it";
    }
    if (text.contains("string value length")) {
      return "a JSON string in the request is longer than " + MAX_STRING + " characters";
    }
    if (text.contains("number value length")) {
      return "a JSON number in the request is longer than 100 digits";
    }
    if (text.contains("name length")) {
      return "a JSON property name in the request is longer than 1000 characters";
    }
    return "the request exceeds a JSON size limit";
  }
}
