package io.idgraph.cli;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.export.ArtifactStore;
import io.idgraph.export.ExportOptions;
import io.idgraph.graph.IdgraphException;
import io.idgraph.http.HttpOptions;
import io.idgraph.mcp.IdgraphMcp;
import io.idgraph.http.McpHttpServer;
import io.idgraph.mcp.McpStdioServer;
import io.idgraph.files.DataDir;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code idgraph serve}: MCP over Streamable HTTP, or over stdio with --stdio. */
@Command(
    name = "serve",
    description =
        "Serve MCP over HTTP at /mcp (default 127.0.0.1:8080, API key required) or over stdio.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(
      names = "--host",
      defaultValue = HttpOptions.DEFAULT_HOST,
      paramLabel = "H",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all, with a warning).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "P",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--stdio", description = "Serve MCP on stdin/stdout instead (no API key).")
  boolean stdio;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description = "Base URL clients use, e.g. https://idgraph.example.com (its host is allowed).")
  String publicUrl;

  @Option(
      names = "--allowed-origin",
      paramLabel = "ORIGIN",
      description = "A browser origin to accept besides this server's own; repeatable.")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(
      names = "--allowed-host",
      paramLabel = "HOST",
      description = "A Host header value to accept besides loopback names; repeatable.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--max-body-bytes",
      defaultValue = "10485760",
      paramLabel = "N",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--export-ttl",
      defaultValue = "3600",
      paramLabel = "SECONDS",
      description =
          "How long export files, uploads and their signed links live (default: ${DEFAULT-VALUE};"
              + " at most 86400).")
  long exportTtlSeconds;

  @Option(
      names = "--max-upload-bytes",
      defaultValue = "1073741824",
      paramLabel = "N",
      description = "Largest CSV accepted by a signed upload link (default: ${DEFAULT-VALUE}).")
  long maxUploadBytes;

  @Override
  public Integer call() throws Exception {
    DataDir dir = data.dataDir();
    if (exportTtlSeconds < 1 || exportTtlSeconds > ArtifactStore.MAX_TTL.toSeconds()) {
      throw IdgraphException.invalid(
          "--export-ttl must be from 1 to "
              + ArtifactStore.MAX_TTL.toSeconds()
              + " seconds; got "
              + exportTtlSeconds);
    }
    if (maxUploadBytes < 1) {
      throw IdgraphException.invalid("--max-upload-bytes must be at least 1; got " + maxUploadBytes);
    }
    ExportOptions exports =
        new ExportOptions(Duration.ofSeconds(exportTtlSeconds), maxUploadBytes, publicUrl);
    if (stdio) {
      return serveStdio(dir, exports);
    }
    HttpOptions options =
        new HttpOptions(host, port, publicUrl, allowedOrigins, allowedHosts, maxBodyBytes);
    ServerRun.serveHttp(dir, options, exports, null);
    return 0;
  }

  private int serveStdio(DataDir dir, ExportOptions exports) throws Exception {
    // stdout carries JSON-RPC only: anything else printing to System.out goes to stderr
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8"));
    try (IdgraphMcp mcp = IdgraphMcp.open(dir, Clock.systemUTC(), exports)) {
      McpStdioServer.bind(mcp, maxBodyBytes).serve(System.in, stdout);
    }
    return 0;
  }

  /** Shared by serve and demo: runs the HTTP server until the process is stopped. */
  static final class ServerRun {
    private ServerRun() {}

    /** Serves until stopped; {@code banner} (if set) is printed once the port is bound. */
    static void serveHttp(DataDir dir, HttpOptions options, java.util.function.Consumer<McpHttpServer> banner)
        throws InterruptedException {
      serveHttp(dir, options, ExportOptions.defaults(), banner);
    }

    /** As above, with export options. */
    static void serveHttp(
        DataDir dir,
        HttpOptions options,
        ExportOptions exports,
        java.util.function.Consumer<McpHttpServer> banner)
        throws InterruptedException {
      ApiKeyStore keys = new ApiKeyStore(dir.keys(), Clock.systemUTC());
      IdgraphMcp mcp = IdgraphMcp.open(dir, Clock.systemUTC(), exports);
      McpHttpServer server;
      try {
        server = McpHttpServer.start(mcp, options, keys);
      } catch (RuntimeException e) {
        mcp.close();
        throw e;
      }
      Thread stopper =
          new Thread(
              () -> {
                server.close();
                mcp.close();
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
