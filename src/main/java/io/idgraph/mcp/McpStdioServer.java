package io.idgraph.mcp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * MCP over stdio: one JSON-RPC message per line on stdin, one reply per line on stdout, until stdin
 * closes. stdout carries JSON-RPC only; logs go to stderr. No API key: whoever can start the
 * process can read the data dir anyway.
 */
public final class McpStdioServer {
  private final JsonRpcDispatcher dispatcher;
  private final long maxLineBytes;

  private McpStdioServer(JsonRpcDispatcher dispatcher, long maxLineBytes) {
    this.dispatcher = dispatcher;
    this.maxLineBytes = maxLineBytes;
  }

  public static McpStdioServer bind(IdgraphMcp mcp, long maxLineBytes) {
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(mcp.json(), "stdio", maxLineBytes);
    mcp.bind(dispatcher);
    return new McpStdioServer(dispatcher, maxLineBytes);
  }

  /** Serves until {@code in} ends. */
  public void serve(InputStream in, OutputStream out) throws IOException {
    InputStream input = new BufferedInputStream(in, 65536);
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    boolean overflow = false;
    int b;
    while ((b = input.read()) != -1) {
      if (b != '\n') {
        if (line.size() < maxLineBytes) {
          line.write(b);
        } else {
          overflow = true;
        }
        continue;
      }
      answer(line, overflow, out);
      line.reset();
      overflow = false;
    }
    answer(line, overflow, out);
  }

  private void answer(ByteArrayOutputStream line, boolean overflow, OutputStream out)
      throws IOException {
    JsonRpcDispatcher.Reply reply;
    if (overflow) {
      reply =
          JsonRpcDispatcher.error(
              413, null, -32600, "message exceeds " + maxLineBytes + " bytes; send fewer values");
    } else {
      byte[] bytes = line.toByteArray();
      if (isBlank(bytes)) {
        return;
      }
      reply = dispatcher.handle(bytes);
    }
    if (reply.hasBody()) {
      reply.writeTo(out);
      out.write('\n');
      out.flush();
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
