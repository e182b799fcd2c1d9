package io.idgraph.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for the origins {@link HttpGuard} allows: the origin is echoed (never {@code *}), no
 * credentials are involved (the key travels in a header the page sets), the MCP headers are exposed
 * to scripts, and a preflight is answered 204 without needing the key. Other origins never reach
 * here: they get 403 and no CORS header.
 */
final class Cors {
  static final String ALLOW_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  static final String ALLOW_HEADERS =
      "Authorization, Content-Type, Accept, Mcp-Session-Id, Mcp-Protocol-Version, Mcp-Method,"
          + " Mcp-Name, Last-Event-ID";
  static final String EXPOSE_HEADERS =
      "Mcp-Session-Id, Mcp-Protocol-Version, WWW-Authenticate, Retry-After, Content-Disposition";
  static final String MAX_AGE_SECONDS = "600";

  private Cors() {}

  /** A browser preflight: OPTIONS with Access-Control-Request-Method. */
  static boolean isPreflight(HttpServletRequest request) {
    return "OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") != null;
  }

  /** The headers every answer to an allowed origin carries. */
  static void allow(HttpServletResponse response, String origin) {
    response.setHeader("Access-Control-Allow-Origin", origin.trim());
    response.addHeader("Vary", "Origin");
    response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  }

  /** Answers a preflight from an allowed origin: 204 with what may be sent. */
  static void answerPreflight(HttpServletResponse response) {
    response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
    response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
    response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
    response.setStatus(204);
  }
}
