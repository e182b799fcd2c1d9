package io.idgraph.mcp;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * MCP Streamable HTTP, stateless: each POST carries one JSON-RPC message and gets one JSON reply
 * (202 for a notification). No session and no GET stream: GET and DELETE answer 405.
 */
public final class McpServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient JsonRpcDispatcher dispatcher;
  private final long maxBodyBytes;

  private McpServlet(JsonRpcDispatcher dispatcher, long maxBodyBytes) {
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The MCP endpoint of {@code mcp}: bodies above {@code maxBodyBytes} are refused with 413. */
  public static McpServlet of(IdgraphMcp mcp, long maxBodyBytes) {
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(mcp.json(), "http", maxBodyBytes);
    mcp.bind(dispatcher);
    return new McpServlet(dispatcher, maxBodyBytes);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = readBounded(request);
    if (body == null) {
      // the rest of the body is not read, so this connection cannot carry another request
      response.setHeader("Connection", "close");
      write(
          response,
          JsonRpcDispatcher.error(
              413,
              null,
              -32600,
              "request body exceeds "
                  + maxBodyBytes
                  + " bytes; send fewer identifiers per call"));
      return;
    }
    write(
        response,
        dispatcher.handle(
            body,
            RequestHeaders.http(
                request.getHeader("MCP-Protocol-Version"),
                request.getHeader("Mcp-Method"),
                request.getHeader("Mcp-Name"))));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    write(
        response,
        JsonRpcDispatcher.error(
            405, null, -32600, "this server is stateless: POST JSON-RPC messages; no GET stream"));
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    write(response, JsonRpcDispatcher.error(405, null, -32600, "this server has no sessions"));
  }

  /**
   * Past the limit, this much more of a body is still read and dropped, so that the client gets to
   * read the 413 instead of a connection reset in the middle of its upload.
   */
  private static final long DRAIN_BYTES = 16L << 20;

  /** The body, or null when it is larger than the limit. */
  private byte[] readBounded(HttpServletRequest request) throws IOException {
    long declared = request.getContentLengthLong();
    try (InputStream in = request.getInputStream()) {
      if (declared > maxBodyBytes) {
        drain(in, declared <= maxBodyBytes + DRAIN_BYTES ? declared : 0);
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buffer = new byte[16384];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxBodyBytes) {
          drain(in, DRAIN_BYTES);
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static void drain(InputStream in, long bound) throws IOException {
    byte[] buffer = new byte[16384];
    long read = 0;
    int n;
    while (read < bound && (n = in.read(buffer)) > 0) {
      read += n;
    }
  }

  /** Answers {@code status} with a JSON-RPC error body (no id), for refusals before MCP runs. */
  public static void writeError(
      HttpServletResponse response, int status, int code, String message) throws IOException {
    write(response, JsonRpcDispatcher.error(status, null, code, message));
  }

  static void write(HttpServletResponse response, JsonRpcDispatcher.Reply reply)
      throws IOException {
    response.setStatus(reply.status());
    if (reply.body() == null) {
      return;
    }
    byte[] bytes = reply.body();
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
