package io.idgraph.mcp;

import static io.idgraph.mcp.ProtocolRevisions.HEADER_MISMATCH;
import static io.idgraph.mcp.ProtocolRevisions.META_CAPABILITIES;
import static io.idgraph.mcp.ProtocolRevisions.META_CLIENT_INFO;
import static io.idgraph.mcp.ProtocolRevisions.META_VERSION;
import static io.idgraph.mcp.ProtocolRevisions.MODERN;
import static io.idgraph.mcp.ProtocolRevisions.UNSUPPORTED_VERSION;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides which MCP revision a request is served under, from the body first and the HTTP headers as
 * a cross-check (the rule docs/architecture.md states):
 *
 * <ol>
 *   <li>a request whose {@code params._meta} names {@code io.modelcontextprotocol/protocolVersion}
 *       is a 2026-07-28 request: its envelope and (on HTTP) its {@code MCP-Protocol-Version},
 *       {@code Mcp-Method} and {@code Mcp-Name} headers are checked, and a revision other than
 *       2026-07-28 gets -32022;
 *   <li>a request without that key whose {@code MCP-Protocol-Version} header names 2026-07-28, or
 *       whose method exists only in 2026-07-28 ({@code server/discover}), is a 2026-07-28 request
 *       without its envelope: -32602 (an {@code initialize} with that header is a header/body
 *       contradiction: -32020);
 *   <li>everything else is a 2025-11-25 (or earlier) request, served as before; an unknown {@code
 *       MCP-Protocol-Version} header gets -32022 listing every revision.
 * </ol>
 */
final class RevisionClassifier {
  /** Where a request goes. */
  sealed interface Route {}

  /** Served by the SDK as 2025-11-25 and earlier revisions are. */
  record Legacy() implements Route {}

  /** Served statelessly per 2026-07-28. */
  record Modern() implements Route {}

  /** Refused before it is served. */
  record Rejected(JsonRpcDispatcher.Reply reply) implements Route {}

  /** Which params member {@code Mcp-Name} mirrors, per method. */
  private static final Map<String, String> NAME_SOURCE =
      Map.of("tools/call", "name", "prompts/get", "name", "resources/read", "uri");

  private final List<String> legacyVersions;

  RevisionClassifier(List<String> legacyVersions) {
    this.legacyVersions = List.copyOf(legacyVersions);
  }

  /** Every revision this server speaks, newest first. */
  List<String> allVersions() {
    List<String> all = new ArrayList<>(ProtocolRevisions.PER_REQUEST);
    legacyVersions.stream().sorted((a, b) -> b.compareTo(a)).forEach(all::add);
    return all;
  }

  Route classify(JsonNode id, String method, JsonNode params, RequestHeaders headers) {
    JsonNode meta = params != null && params.isObject() ? params.get("_meta") : null;
    boolean claims = meta != null && meta.isObject() && meta.has(META_VERSION);
    String headerVersion = headers.protocolVersion();
    if (claims) {
      return modern(id, method, params, (ObjectNode) meta, headers);
    }
    if (MODERN.equals(headerVersion) || ModernRevision.ONLY_MODERN.contains(method)) {
      if ("initialize".equals(method)) {
        return mismatch(
            id,
            "initialize is the 2025-11-25 handshake but the MCP-Protocol-Version header names "
                + MODERN
                + "; send 2026-07-28 requests without initialize, each with params._meta");
      }
      return reject(
          400, id, McpSchema.ErrorCodes.INVALID_PARAMS, missingEnvelope(params, meta), null);
    }
    if (headerVersion != null && !legacyVersions.contains(headerVersion)) {
      return unsupported(id, headerVersion, allVersions());
    }
    return new Legacy();
  }

  private Route modern(
      JsonNode id, String method, JsonNode params, ObjectNode meta, RequestHeaders headers) {
    String envelope = envelopeProblem(meta);
    if (envelope != null) {
      return reject(400, id, McpSchema.ErrorCodes.INVALID_PARAMS, envelope, null);
    }
    String version = meta.get(META_VERSION).asString();
    String contradiction =
        contradiction(
            "MCP-Protocol-Version",
            headers.protocolVersion(),
            "params._meta names",
            version,
            "revision");
    if (contradiction == null) {
      contradiction =
          contradiction("Mcp-Method", headers.method(), "the body's method is", method, "method");
    }
    if (contradiction != null) {
      return mismatch(id, contradiction);
    }
    if (!ProtocolRevisions.isPerRequest(version)) {
      return unsupported(id, version, ProtocolRevisions.PER_REQUEST);
    }
    return headers.http() ? httpHeaders(id, method, params, headers) : new Modern();
  }

  /** 2026-07-28 over HTTP: MCP-Protocol-Version, Mcp-Method and (where it applies) Mcp-Name. */
  private static Route httpHeaders(
      JsonNode id, String method, JsonNode params, RequestHeaders headers) {
    if (headers.protocolVersion() == null) {
      return mismatch(id, "the MCP-Protocol-Version header is missing; send " + MODERN);
    }
    if (headers.method() == null) {
      return mismatch(id, "the Mcp-Method header is missing; send the body's method, " + method);
    }
    String source = NAME_SOURCE.get(method);
    JsonNode bodyValue = source == null ? null : params.get(source);
    if (bodyValue == null || !bodyValue.isString()) {
      return new Modern();
    }
    String expected = bodyValue.asString();
    if (headers.name() == null) {
      return mismatch(
          id, "the Mcp-Name header is missing; " + method + " needs it to repeat params." + source);
    }
    String named = RequestHeaders.decode(headers.name());
    if (named == null) {
      return mismatch(
          id, "the Mcp-Name header is not valid =?base64?...?= of UTF-8 text; encode it again");
    }
    if (!named.equals(expected)) {
      return mismatch(
          id,
          "header mismatch: Mcp-Name does not match params."
              + source
              + "; send the same "
              + source
              + " in both");
    }
    return new Modern();
  }

  /**
   * How a header that was sent contradicts the body ({@code bodySays} introduces the body's value),
   * or null when it was not sent or agrees.
   */
  private static String contradiction(
      String header, String sent, String bodySays, String inBody, String what) {
    if (sent == null || sent.equals(inBody)) {
      return null;
    }
    return "header mismatch: "
        + header
        + " is '"
        + sent
        + "' but "
        + bodySays
        + " '"
        + inBody
        + "'; send the same "
        + what
        + " in both";
  }

  /** What is wrong with a 2026-07-28 {@code _meta}, or null. */
  private static String envelopeProblem(ObjectNode meta) {
    JsonNode version = meta.get(META_VERSION);
    if (!version.isString() || version.asString().isBlank()) {
      return "params._meta." + META_VERSION + " must be a revision string such as " + MODERN;
    }
    JsonNode capabilities = meta.get(META_CAPABILITIES);
    if (capabilities == null || !capabilities.isObject()) {
      return "params._meta."
          + META_CAPABILITIES
          + " must be a JSON object of your client's capabilities ({} for none); got "
          + ParamsRules.kind(capabilities);
    }
    JsonNode client = meta.get(META_CLIENT_INFO);
    if (client != null && !(client.isObject() && client.path("name").isString())) {
      return "params._meta." + META_CLIENT_INFO + " must be {\"name\": ..., \"version\": ...}";
    }
    return null;
  }

  private static String missingEnvelope(JsonNode params, JsonNode meta) {
    String needs =
        "a "
            + MODERN
            + " request needs params._meta with "
            + META_VERSION
            + " and "
            + META_CAPABILITIES;
    if (params != null && !params.isObject()) {
      return needs + "; params must be a JSON object, got " + ParamsRules.kind(params);
    }
    List<String> missing = new ArrayList<>();
    for (String key : List.of(META_VERSION, META_CAPABILITIES)) {
      if (meta == null || !meta.isObject() || !meta.has(key)) {
        missing.add(key);
      }
    }
    return needs + "; missing: " + String.join(", ", missing);
  }

  private static Route unsupported(JsonNode id, String requested, List<String> supported) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    supported.forEach(data.putArray("supported")::add);
    data.put("requested", requested);
    return reject(
        400,
        id,
        UNSUPPORTED_VERSION,
        "unsupported protocol version; this server speaks " + String.join(", ", supported),
        data);
  }

  private static Route mismatch(JsonNode id, String message) {
    return reject(400, id, HEADER_MISMATCH, message, null);
  }

  private static Route reject(int status, JsonNode id, int code, String message, JsonNode data) {
    return new Rejected(JsonRpcDispatcher.error(status, id, code, message, data));
  }
}
