package io.idgraph.mcp;

import io.idgraph.auth.Caller;
import io.idgraph.auth.Scope;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP Streamable HTTP, stateless: each POST carries one JSON-RPC message and gets one JSON reply
 * (202 for a notification). No session and no GET stream: GET and DELETE answer 405. Bodies are
 * read asynchronously ({@link BodyReader}: a slow client holds no thread) and the work is queued
 * fairly ({@link FairWorkQueue}).
 */
public final class McpServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(McpServlet.class);

  private final transient JsonRpcDispatcher dispatcher;
  private final long maxBodyBytes;
  private final transient FairWorkQueue work;
  private final transient BodyReader.Budget budget;
  private final long minDataRate;

  private McpServlet(
      JsonRpcDispatcher dispatcher,
      long maxBodyBytes,
      FairWorkQueue work,
      BodyReader.Budget budget,
      long minDataRate) {
    this.dispatcher = dispatcher;
    this.maxBodyBytes = maxBodyBytes;
    this.work = work;
    this.budget = budget;
    this.minDataRate = minDataRate;
  }

  /**
   * How much MCP work runs at once and how slow a body may be.
   *
   * @param maxConcurrent requests worked on at once
   * @param maxQueued requests that may wait for a worker
   * @param maxWait the longest a request waits before 503
   * @param minDataRate bytes per second a body must average after its first 10 seconds (0: off)
   */
  public record Limits(int maxConcurrent, int maxQueued, Duration maxWait, long minDataRate) {}

  /**
   * The MCP endpoint of {@code mcp}: bodies above {@code maxBodyBytes} are refused with 413, the
   * work runs on a {@link FairWorkQueue} within {@code limits} (stopped when the servlet is).
   */
  public static McpServlet of(IdgraphMcp mcp, long maxBodyBytes, Limits limits) {
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(mcp.json(), "http", maxBodyBytes);
    mcp.bind(dispatcher);
    FairWorkQueue work =
        new FairWorkQueue(
            limits.maxConcurrent(), limits.maxQueued(), limits.maxWait(), mcp.metrics().registry());
    return new McpServlet(
        dispatcher, maxBodyBytes, work, BodyReader.Budget.ofHeap(), limits.minDataRate());
  }

  @Override
  public void destroy() {
    work.close();
    super.destroy();
  }

  /** Who the guard authenticated; a servlet mounted without the guard serves default scopes. */
  private static Caller callerOf(HttpServletRequest request) {
    return request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c
        ? c
        : new Caller("anonymous", Scope.DEFAULT);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    RequestHeaders headers =
        RequestHeaders.http(
            request.getHeader("MCP-Protocol-Version"),
            request.getHeader("Mcp-Method"),
            request.getHeader("Mcp-Name"),
            callerOf(request));
    if (request.getContentLengthLong() > maxBodyBytes + DRAIN_BYTES) {
      tooLarge(response);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0); // the connection's idle timeout and the queue's wait limit apply
    String client = request.getRemoteAddr();
    BodyReader reader =
        new BodyReader(
            async,
            request.getContentLengthLong(),
            maxBodyBytes,
            DRAIN_BYTES,
            minDataRate,
            budget,
            new BodyReader.Outcome() {
              @Override
              public void body(byte[] body, Runnable release) {
                work.submit(client, new Dispatch(async, body, headers, release));
              }

              @Override
              public void refuse(int status, String message) {
                finish(async, JsonRpcDispatcher.error(status, null, -32600, message), true);
              }

              @Override
              public void tooLarge() {
                finish(async, tooLargeReply(), true);
              }
            });
    request.getInputStream().setReadListener(reader);
  }

  /** A read body's turn on a worker: dispatch it and answer, or answer 503 when turned away. */
  private final class Dispatch implements FairWorkQueue.Job {
    private final AsyncContext async;
    private final byte[] body;
    private final RequestHeaders headers;
    private final Runnable release;

    Dispatch(AsyncContext async, byte[] body, RequestHeaders headers, Runnable release) {
      this.async = async;
      this.body = body;
      this.headers = headers;
      this.release = release;
    }

    @Override
    public void run() {
      JsonRpcDispatcher.Reply reply;
      try {
        reply = dispatcher.handle(body, headers);
      } catch (RuntimeException | Error e) {
        // whatever failed, the client gets an answer rather than an open connection
        LOG.error("a request failed outside its tool with {}", e.getClass().getName());
        reply =
            JsonRpcDispatcher.error(
                500, null, McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error");
      } finally {
        release.run();
      }
      finish(async, reply, false);
    }

    @Override
    public void reject(String message) {
      release.run();
      finish(async, JsonRpcDispatcher.error(503, null, -32000, message), false);
    }
  }

  /** Answers; {@code bodyUnread} closes the connection, which cannot carry another request. */
  private static void finish(
      AsyncContext async, JsonRpcDispatcher.Reply reply, boolean bodyUnread) {
    HttpServletResponse response = (HttpServletResponse) async.getResponse();
    try {
      if (reply.status() == 503) {
        response.setHeader("Retry-After", "5");
      }
      if (bodyUnread) {
        response.setHeader("Connection", "close");
      }
      write(response, reply);
    } catch (IOException | IllegalStateException e) {
      // the client went away; nothing to answer
    } finally {
      async.complete();
    }
  }

  private JsonRpcDispatcher.Reply tooLargeReply() {
    return JsonRpcDispatcher.error(
        413,
        null,
        -32600,
        "request body exceeds " + maxBodyBytes + " bytes; send fewer identifiers per call");
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    write(response, tooLargeReply());
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
  static final long DRAIN_BYTES = 16L << 20;

  /** Answers {@code status} with a JSON-RPC error body (no id), for refusals before MCP runs. */
  public static void writeError(HttpServletResponse response, int status, int code, String message)
      throws IOException {
    write(response, JsonRpcDispatcher.error(status, null, code, message));
  }

  static void write(HttpServletResponse response, JsonRpcDispatcher.Reply reply)
      throws IOException {
    response.setStatus(reply.status());
    if (reply.status() == 403) {
      // a tool outside the caller's scopes (RFC 6750 section 3.1)
      response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
    }
    if (!reply.hasBody()) {
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    if (reply.body() != null) {
      response.setContentLength(reply.body().length);
    }
    reply.writeTo(response.getOutputStream());
  }
}
