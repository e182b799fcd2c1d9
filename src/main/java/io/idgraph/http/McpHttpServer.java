package io.idgraph.http;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.JwtVerifier;
import io.idgraph.auth.OAuthSettings;
import io.idgraph.export.ExportService;
import io.idgraph.export.UrlSigner;
import io.idgraph.files.WriteProbe;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.mcp.IdgraphMcp;
import io.idgraph.mcp.McpServlet;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: MCP at {@code /mcp} and {@code /v1/mcp}, {@code /healthz} and {@code /metrics},
 * on embedded Jetty, behind {@link HttpGuard}.
 */
public final class McpHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(McpHttpServer.class);

  private final Server server;
  private final ServerConnector connector;
  private final HttpOptions options;

  private McpHttpServer(Server server, ServerConnector connector, HttpOptions options) {
    this.server = server;
    this.connector = connector;
    this.options = options;
  }

  /** Starts serving; the port is bound when this returns. */
  public static McpHttpServer start(IdgraphMcp mcp, HttpOptions options, ApiKeyStore keys) {
    return start(mcp, options, keys, null);
  }

  /**
   * Starts serving; with {@code oauth}, JWT access tokens from that issuer are accepted beside API
   * keys and RFC 9728 metadata is served at {@value ProtectedResourceServlet#PATH}.
   */
  public static McpHttpServer start(
      IdgraphMcp mcp, HttpOptions options, ApiKeyStore keys, OAuthSettings oauth) {
    JwtVerifier jwt = oauth == null ? null : new JwtVerifier(oauth);
    HttpLimits limits = options.limits();
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("idgraph-http");
    Server server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    config.setIdleTimeout(limits.idleTimeout().toMillis());
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);

    MeterRegistry registry = mcp.metrics().registry();
    FunctionCounter.builder(
            "idgraph.suppression.hits",
            mcp.privacy().suppression(),
            io.idgraph.privacy.SuppressionList::hits)
        .description("identifiers and persons that loads and builds dropped as suppressed")
        .register(registry);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder mcpServlet =
        new ServletHolder(
            McpServlet.of(
                mcp,
                options.maxBodyBytes(),
                new McpServlet.Limits(
                    limits.maxConcurrent(),
                    limits.maxQueued(),
                    limits.idleTimeout(),
                    limits.minDataRate())));
    mcpServlet.setAsyncSupported(true);
    context.addServlet(mcpServlet, "/mcp");
    context.addServlet(mcpServlet, "/v1/mcp");
    ExportService exports = mcp.exports();
    context.addServlet(
        new ServletHolder(
            new FileServlet(
                exports.signer(),
                exports.exports(),
                new FileServlet.Transfers(limits.maxTransfers(), limits.minDataRate()),
                mcp.privacy().withdrawn()::isWithdrawn)),
        UrlSigner.PATH_PREFIX + "*");
    ServletHolder health =
        new ServletHolder(
            new HealthServlet(mcp.metrics(), new WriteProbe(exports.dataDir().root())));
    context.addServlet(health, "/healthz");
    context.addServlet(health, "/metrics");
    if (oauth != null) {
      ServletHolder metadata = new ServletHolder(new ProtectedResourceServlet(oauth));
      context.addServlet(metadata, ProtectedResourceServlet.PATH);
      context.addServlet(metadata, ProtectedResourceServlet.PATH + "/*");
    }
    HttpGuard guard =
        new HttpGuard(
            options,
            new BearerTokens(keys, oauth, jwt),
            connector::getLocalPort,
            registry,
            mcp.audit());
    FilterHolder guardHolder = new FilterHolder(guard);
    guardHolder.setAsyncSupported(true);
    context.addFilter(guardHolder, "/*", EnumSet.of(DispatcherType.REQUEST));
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowMessageInTitle(false);
    server.setErrorHandler(errors);
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new IdgraphException(
          ErrorCode.IO,
          "cannot listen on " + options.host() + ":" + options.port() + " (" + rootMessage(e) + ")",
          e);
    }
    if (!HttpGuard.isLoopback(options.host())) {
      LOG.warn(
          "listening on {}, beyond this machine; every request needs an API key", options.host());
    }
    if (guard.acceptsAnyHost()) {
      LOG.warn("any Host header is accepted; pass --allowed-host or --public-url to restrict it");
    }
    McpHttpServer http = new McpHttpServer(server, connector, options);
    exports.offerBaseUrl(http.baseUrl());
    return http;
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The MCP endpoint clients should use. */
  public URI mcpUrl() {
    return URI.create(baseUrl() + "/mcp");
  }

  /** The absolute base URL clients use: --public-url, else http://{bound host}:{port}. */
  public String baseUrl() {
    if (options.publicUrl() != null) {
      String base = options.publicUrl();
      return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
    String host = HttpGuard.isWildcard(options.host()) ? "127.0.0.1" : options.host();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP server failed: {}", e.getClass().getSimpleName());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
