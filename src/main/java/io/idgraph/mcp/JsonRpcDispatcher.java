package io.idgraph.mcp;

import io.idgraph.workflow.WorkflowId;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.util.Map;
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
 * clear parse (-32700) and invalid-request (-32600) errors, then the SDK's stateless handler. It is
 * the {@link McpStatelessServerTransport} the SDK server binds to.
 */
final class JsonRpcDispatcher implements McpStatelessServerTransport {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcDispatcher.class);
  static final int MAX_DEPTH = 64;
  static final int MAX_STRING = 100_000;

  /** A reply: an HTTP-like status and a UTF-8 JSON body, or no body (202) for a notification. */
  record Reply(int status, byte[] body) {
    String text() {
      return body == null ? null : new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final McpJsonMapper mcpJson;
  private final JsonMapper parser;
  private final String transportName;
  private volatile McpStatelessServerHandler handler;
  private volatile Function<String, McpSchema.ListResourcesResult> workflowFiles;

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

  Reply handle(byte[] body) {
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
    JsonNode params = node.get("params");
    if (params != null && !params.isObject() && !params.isNull()) {
      return error(200, id, McpSchema.ErrorCodes.INVALID_PARAMS, "params must be an object");
    }
    McpTransportContext context = McpTransportContext.create(Map.of(IdgraphMcp.TRANSPORT, transportName));
    return id == null ? notify(node, context) : request(node, id, context);
  }

  private Reply request(JsonNode node, JsonNode id, McpTransportContext context) {
    JSONRPCRequest request;
    try {
      request = mcpJson.convertValue(node, JSONRPCRequest.class);
    } catch (RuntimeException e) {
      return invalid(id, "the request does not have the JSON-RPC request shape");
    }
    Reply files = workflowFilesReply(node, id, request);
    if (files != null) {
      return files;
    }
    try {
      JSONRPCResponse response =
          handler
              .handleRequest(context, request)
              .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
              .block();
      return new Reply(200, mcpJson.writeValueAsBytes(response));
    } catch (IOException | RuntimeException e) {
      LOG.error("request {} failed with {}", request.method(), e.getClass().getName());
      return error(500, id, McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error");
    }
  }

  private Reply workflowFilesReply(JsonNode node, JsonNode id, JSONRPCRequest request) {
    String cursor = node.path("params").path("cursor").asString(null);
    if (!"resources/list".equals(request.method()) || workflowFiles == null || cursor == null) {
      return null;
    }
    if (!WorkflowId.isCanonical(cursor)) {
      return null;
    }
    try {
      McpSchema.ListResourcesResult result =
          workflowFiles.apply(cursor.toLowerCase(java.util.Locale.ROOT));
      return new Reply(
          200,
          mcpJson.writeValueAsBytes(new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), result, null)));
    } catch (IOException | RuntimeException e) {
      LOG.error("resources/list of a workflow failed with {}", e.getClass().getName());
      return error(500, id, McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error");
    }
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
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("jsonrpc", "2.0");
    root.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return new Reply(status, root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String parseMessage(TokenStreamLocation location) {
    String where =
        location == null || location.getLineNr() < 0
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return "parse error: the body is not valid JSON" + where;
  }

  private static String limitMessage(StreamConstraintsException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
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
