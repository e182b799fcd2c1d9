package io.idgraph.mcp;

import static io.idgraph.mcp.ProtocolRevisions.META_SERVER_INFO;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What 2026-07-28 adds around the answers the SDK computes: {@code server/discover}, {@code
 * resultType}, the server's identity in every result's {@code _meta}, and caching hints on list and
 * read results. The methods this revision serves here are the tools and resources methods and
 * {@code server/discover}; anything else (initialize, ping, logging/setLevel, subscriptions,
 * prompts, completion) is "method not found".
 */
final class ModernRevision {
  /** Methods answered by the SDK's stateless handler, then decorated here. */
  private static final Set<String> SDK_METHODS =
      Set.of(
          "tools/list",
          "tools/call",
          "resources/list",
          "resources/read",
          "resources/templates/list");

  static final String DISCOVER = "server/discover";

  /** Methods no earlier revision has: a request for one is a 2026-07-28 request. */
  static final Set<String> ONLY_MODERN = Set.of(DISCOVER, "subscriptions/listen");

  /** Tool and template lists change only with a new server version. */
  private static final long STATIC_TTL_MS = 3_600_000;

  private ModernRevision() {}

  static boolean offers(String method) {
    return DISCOVER.equals(method) || SDK_METHODS.contains(method);
  }

  /** The methods a client can call, for "method not found" messages. */
  static String offered() {
    return "server/discover, tools/list, tools/call, resources/list, resources/read,"
        + " resources/templates/list";
  }

  static ObjectNode discover() {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ProtocolRevisions.PER_REQUEST.forEach(result.putArray("supportedVersions")::add);
    ObjectNode capabilities = result.putObject("capabilities");
    capabilities.putObject("tools");
    capabilities.putObject("resources");
    result.put("instructions", IdgraphMcp.INSTRUCTIONS);
    decorate(DISCOVER, null, result);
    return result;
  }

  /**
   * Adds resultType, serverInfo and (for cacheable methods) ttlMs and cacheScope to a result of
   * {@code method} called with {@code params}.
   */
  static void decorate(String method, JsonNode params, ObjectNode result) {
    result.put("resultType", "complete");
    JsonNode meta = result.get("_meta");
    ObjectNode resultMeta = meta instanceof ObjectNode o ? o : result.putObject("_meta");
    McpSchema.Implementation server = IdgraphMcp.SERVER_INFO;
    ObjectNode info = resultMeta.putObject(META_SERVER_INFO);
    info.put("name", server.name());
    info.put("version", server.version());
    switch (method) {
      case DISCOVER, "tools/list", "resources/templates/list" -> cache(result, STATIC_TTL_MS, true);
      case "resources/list" -> {
        // a workflow id as cursor lists that workflow's files: private and changing
        boolean catalogOnly = params == null || !params.path("cursor").isString();
        cache(result, catalogOnly ? STATIC_TTL_MS : 0, catalogOnly);
      }
      case "resources/read" -> {
        boolean catalog = DomainCatalogResource.URI.equals(params.path("uri").asString(""));
        cache(result, catalog ? STATIC_TTL_MS : 0, catalog);
      }
      default -> {}
    }
  }

  /**
   * What {@link #decorate} adds to a tools/call result, written by a generator into the result
   * object being streamed ({@link ToolCallReply}): the tool result has no {@code _meta} of its own.
   */
  static void writeToolCallAdditions(JsonGenerator g) {
    ObjectNode additions = JsonNodeFactory.instance.objectNode();
    decorate("tools/call", null, additions);
    for (var member : additions.properties()) {
      g.writeName(member.getKey());
      g.writeTree(member.getValue());
    }
  }

  private static void cache(ObjectNode result, long ttlMs, boolean shared) {
    result.put("ttlMs", ttlMs);
    result.put("cacheScope", shared ? "public" : "private");
  }
}
