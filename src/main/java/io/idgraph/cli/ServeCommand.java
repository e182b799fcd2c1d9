package io.idgraph.cli;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.OAuthSettings;
import io.idgraph.export.ExportOptions;
import io.idgraph.files.DataDir;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.OpenInOrder;
import io.idgraph.http.HttpOptions;
import io.idgraph.http.McpHttpServer;
import io.idgraph.mcp.IdgraphMcp;
import io.idgraph.mcp.McpStdioServer;
import io.idgraph.store.StoreUri;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code idgraph serve}: MCP over Streamable HTTP, or over stdio with --stdio. */
@Command(name = "serve")
final class ServeCommand extends DataDirCommand {
  @Option(names = "--host", paramLabel = "H")
  String host = HttpOptions.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "P")
  int port = HttpOptions.DEFAULT_PORT;

  @Option(names = "--stdio")
  boolean stdio;

  @Option(names = "--public-url", paramLabel = "URL")
  String publicUrl;

  @Option(names = "--allowed-origin", paramLabel = "ORIGIN")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--allowed-host", paramLabel = "HOST")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--max-body-bytes", paramLabel = "N")
  long maxBodyBytes = HttpOptions.DEFAULT_MAX_BODY;

  @Mixin ExportFileOptions files;

  @Mixin HttpLimitOptions limits;

  @Option(names = "--audit-retention-days", paramLabel = "DAYS")
  int auditRetentionDays = AuditCommand.DEFAULT_RETENTION_DAYS;

  @Option(names = "--oauth-issuer", paramLabel = "URL")
  String oauthIssuer;

  @Option(names = "--oauth-audience", paramLabel = "AUD")
  String oauthAudience;

  @Option(names = "--oauth-jwks", paramLabel = "FILE|URL")
  String oauthJwks;

  @Option(names = "--warm-up-seconds", paramLabel = "S")
  int warmUpSeconds = ServerRun.DEFAULT_WARM_UP_SECONDS;

  @Override
  public Integer call() throws Exception {
    // every option is checked before the data dir is opened or a port is bound
    ExportOptions exports = files.exportOptions(publicUrl);
    HttpOptions options =
        new HttpOptions(
            host, port, publicUrl, allowedOrigins, allowedHosts, maxBodyBytes, limits.limits());
    if (warmUpSeconds < 0 || warmUpSeconds > ServerRun.MAX_WARM_UP_SECONDS) {
      throw IdgraphException.invalid(
          "--warm-up-seconds must be from 0 (no warm-up) to "
              + ServerRun.MAX_WARM_UP_SECONDS
              + " seconds; got "
              + warmUpSeconds);
    }
    OAuthSettings oauth = null;
    if (oauthIssuer != null || oauthAudience != null || oauthJwks != null) {
      oauth = OAuthSettings.of(oauthIssuer, oauthAudience, oauthJwks);
    }
    DataDir dir = data.dataDir();
    AuditCommand.prune(data, auditRetentionDays);
    if (stdio) {
      return serveStdio(dir, exports);
    }
    ServerRun.serveHttp(
        dir, data.store(), options, exports, oauth, Duration.ofSeconds(warmUpSeconds), null);
    return 0;
  }

  private int serveStdio(DataDir dir, ExportOptions exports) throws Exception {
    // stdout carries JSON-RPC only: anything else printing to System.out goes to stderr
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8"));
    LogLines.escapeControlCharacters();
    try (IdgraphMcp mcp = IdgraphMcp.open(dir, data.store(), Clock.systemUTC(), exports)) {
      McpStdioServer.bind(mcp, maxBodyBytes).serve(System.in, stdout);
    }
    return 0;
  }

  /** Shared by serve and demo: runs the HTTP server until the process is stopped. */
  static final class ServerRun {
    /** How long a server may spend warming its lookup tools before it binds its port. */
    static final int DEFAULT_WARM_UP_SECONDS = 10;

    static final int MAX_WARM_UP_SECONDS = 600;

    private ServerRun() {}

    /** Serves until stopped; {@code banner} (if set) is printed once the port is bound. */
    static void serveHttp(
        DataDir dir,
        StoreUri where,
        HttpOptions options,
        java.util.function.Consumer<McpHttpServer> banner)
        throws InterruptedException {
      serveHttp(
          dir,
          where,
          options,
          ExportOptions.defaults(),
          null,
          Duration.ofSeconds(DEFAULT_WARM_UP_SECONDS),
          banner);
    }

    /**
     * As above; {@code oauth} (or null) accepts JWT access tokens too, and the lookup tools are
     * warmed for up to {@code warmUp} before the port is bound.
     */
    static void serveHttp(
        DataDir dir,
        StoreUri where,
        HttpOptions options,
        ExportOptions exports,
        OAuthSettings oauth,
        Duration warmUp,
        java.util.function.Consumer<McpHttpServer> banner)
        throws InterruptedException {
      LogLines.escapeControlCharacters(); // serve and demo alike
      ApiKeyStore keys;
      IdgraphMcp mcp;
      McpHttpServer server;
      try (OpenInOrder opening = new OpenInOrder()) {
        keys = opening.add(ApiKeyStore.open(dir, where));
        mcp = opening.add(IdgraphMcp.open(dir, where, Clock.systemUTC(), exports));
        mcp.warmUp(warmUp).ifPresent(done -> System.err.println("idgraph: " + done));
        server = opening.handOver(McpHttpServer.start(mcp, options, keys, oauth));
      }
      Thread stopper =
          new Thread(
              () -> {
                server.close();
                mcp.close();
                keys.close();
              },
              "idgraph-shutdown");
      Runtime.getRuntime().addShutdownHook(stopper);
      System.err.println("idgraph: serving MCP at " + server.mcpUrl() + " (Ctrl-C stops)");
      if (!keys.hasKeys()) {
        System.err.println(
            "idgraph: no API keys yet; create one with: idgraph keys create --name NAME");
      }
      if (banner != null) {
        banner.accept(server);
      }
      server.join();
    }
  }
}
