package io.idgraph.cli;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.mcp.HttpOptions;
import io.idgraph.mcp.IdgraphMcp;
import io.idgraph.mcp.McpHttpServer;
import io.idgraph.store.DataDir;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The server the HTTP benchmarks talk to: started in-process on a free loopback port over a data
 * dir, with a throwaway API key (kept out of the data dir's own keys) and a keep-alive client.
 */
final class BenchServer implements AutoCloseable {
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  final String token;
  private final Path keyFile;
  private final IdgraphMcp mcp;
  private final McpHttpServer server;

  BenchServer(DataDir dir) throws Exception {
    keyFile = Files.createTempFile("idgraph-bench-keys", ".json");
    Files.delete(keyFile);
    ApiKeyStore keys = new ApiKeyStore(keyFile, Clock.systemUTC());
    token = keys.create("bench").token();
    mcp = IdgraphMcp.open(dir, Clock.systemUTC());
    server = McpHttpServer.start(mcp, HttpOptions.loopback(0), keys);
  }

  URI mcpUrl() {
    return server.mcpUrl();
  }

  @Override
  public void close() throws IOException {
    try (mcp;
        server) {
      Files.deleteIfExists(keyFile);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
