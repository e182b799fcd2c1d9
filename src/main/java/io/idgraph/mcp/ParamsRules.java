package io.idgraph.mcp;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one place that says what {@code params} a JSON-RPC request must carry, for both revisions: an
 * object (or nothing) for every method, and the members a method cannot work without. A broken
 * shape is answered -32602 with a message that shows the expected shape, before the request reaches
 * the SDK (whose own messages for these cases quote Java internals).
 */
final class ParamsRules {
  /** Methods that cannot run without params, with the shape a client should send. */
  private static final Map<String, String> REQUIRED =
      Map.of(
          "initialize",
          "{\"protocolVersion\": \"2025-11-25\", \"capabilities\": {},"
              + " \"clientInfo\": {\"name\": \"...\", \"version\": \"...\"}}",
          "tools/call",
          "{\"name\": \"<tool name>\", \"arguments\": {...}}",
          "resources/read",
          "{\"uri\": \"<resource uri>\"}");

  private ParamsRules() {}

  /** What is wrong with the params of {@code method}, or null when they are fine. */
  static String problem(String method, JsonNode params) {
    String shape = REQUIRED.get(method);
    boolean absent = params == null || params.isNull();
    if (absent) {
      return shape == null ? null : method + " needs params " + shape + "; got " + kind(params);
    }
    if (!params.isObject()) {
      return "params of "
          + method
          + " must be a JSON object"
          + (shape == null ? "" : " like " + shape)
          + "; got "
          + kind(params);
    }
    JsonNode meta = params.get("_meta");
    if (meta != null && !meta.isObject()) {
      return "params._meta must be a JSON object; got " + kind(meta);
    }
    return switch (method) {
      case "initialize" -> initializeProblem(params);
      case "tools/call" -> toolCallProblem(params);
      case "resources/read" ->
          text(params, "uri", "resources/read params.uri", "the resource uri to read");
      case "tools/list", "resources/list", "resources/templates/list", "prompts/list" ->
          cursorProblem(params);
      default -> null;
    };
  }

  private static String initializeProblem(JsonNode params) {
    String version =
        text(
            params,
            "protocolVersion",
            "initialize params.protocolVersion",
            "the revision you speak, e.g. 2025-11-25");
    if (version != null) {
      return version;
    }
    String capabilities = object(params.get("capabilities"), "initialize params.capabilities");
    if (capabilities != null) {
      return capabilities;
    }
    JsonNode client = params.get("clientInfo");
    String info = object(client, "initialize params.clientInfo");
    if (info != null) {
      return info;
    }
    return text(client, "name", "initialize params.clientInfo.name", "your client's name");
  }

  private static String toolCallProblem(JsonNode params) {
    String name =
        text(params, "name", "tools/call params.name", "the tool to call (tools/list names them)");
    if (name != null) {
      return name;
    }
    JsonNode arguments = params.get("arguments");
    if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
      return "tools/call params.arguments must be a JSON object of the tool's arguments; got "
          + kind(arguments);
    }
    return null;
  }

  private static String cursorProblem(JsonNode params) {
    JsonNode cursor = params.get("cursor");
    if (cursor == null || cursor.isNull() || cursor.isString()) {
      return null;
    }
    return "params.cursor must be a string from a previous page's nextCursor; got " + kind(cursor);
  }

  private static String text(JsonNode parent, String field, String path, String meaning) {
    JsonNode value = parent.get(field);
    if (value != null && value.isString() && !value.asString().isBlank()) {
      return null;
    }
    return path + " must be a non-empty string (" + meaning + "); got " + kind(value);
  }

  private static String object(JsonNode value, String what) {
    if (value != null && value.isObject()) {
      return null;
    }
    return what + " must be a JSON object; got " + kind(value);
  }

  /** How a JSON value is described in messages, without quoting it. */
  static String kind(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isString()) {
      return value.asString().isBlank() ? "an empty string" : "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    return value.isNumber() ? "a number" : "a JSON value";
  }
}
