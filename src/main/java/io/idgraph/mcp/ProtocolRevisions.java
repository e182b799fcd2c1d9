package io.idgraph.mcp;

import java.util.List;

/**
 * The MCP revisions this server speaks and the reserved names of the 2026-07-28 ("modern")
 * revision: per-request {@code _meta} keys, HTTP headers and error codes. How a request's revision
 * is decided is {@link RevisionClassifier}; docs/architecture.md says it in prose.
 */
final class ProtocolRevisions {
  /** The stateless revision: no initialize, the version and capabilities in every request. */
  static final String MODERN = "2026-07-28";

  /** Revisions a request may name in its {@code _meta} (server/discover lists these). */
  static final List<String> PER_REQUEST = List.of(MODERN);

  static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
  static final String META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  /** -32020: an HTTP header is missing, malformed or disagrees with the body. */
  static final int HEADER_MISMATCH = -32020;

  /** -32022: the request names a revision this server does not speak. */
  static final int UNSUPPORTED_VERSION = -32022;

  /** The SDK's code for "resource not found" in 2025-11-25; 2026-07-28 uses -32602 instead. */
  static final int LEGACY_RESOURCE_NOT_FOUND = -32002;

  private ProtocolRevisions() {}

  static boolean isPerRequest(String version) {
    return PER_REQUEST.contains(version);
  }
}
