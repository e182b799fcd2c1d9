package io.idgraph.mcp;

import io.idgraph.auth.Caller;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The MCP request headers of one HTTP POST ({@code MCP-Protocol-Version}, {@code Mcp-Method},
 * {@code Mcp-Name}), each null when absent; {@link #NONE} for stdio, which has no header layer.
 *
 * @param http whether the message came over HTTP (2026-07-28 requires the headers there only)
 * @param caller who sent it (from the bearer token; {@link Caller#STDIO} for stdio)
 */
record RequestHeaders(
    boolean http, String protocolVersion, String method, String name, Caller caller) {
  static final RequestHeaders NONE = new RequestHeaders(false, null, null, null, Caller.STDIO);

  private static final String SENTINEL_START = "=?base64?";
  private static final String SENTINEL_END = "?=";

  static RequestHeaders http(String protocolVersion, String method, String name) {
    return http(protocolVersion, method, name, Caller.STDIO);
  }

  /** The headers of an HTTP POST made by {@code caller} (who the bearer token says). */
  static RequestHeaders http(String protocolVersion, String method, String name, Caller caller) {
    return new RequestHeaders(true, trim(protocolVersion), trim(method), trim(name), caller);
  }

  /**
   * The value a header carries: itself, or the UTF-8 text inside a {@code =?base64?...?=} sentinel.
   * Null when the sentinel does not hold valid base64 of valid UTF-8.
   */
  static String decode(String value) {
    if (!value.startsWith(SENTINEL_START)
        || !value.endsWith(SENTINEL_END)
        || value.length() < SENTINEL_START.length() + SENTINEL_END.length()) {
      return value;
    }
    String encoded =
        value.substring(SENTINEL_START.length(), value.length() - SENTINEL_END.length());
    try {
      byte[] bytes = Base64.getDecoder().decode(encoded);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  /** HTTP allows spaces and tabs around a field value; they are not part of it. */
  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
