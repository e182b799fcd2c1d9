package io.idgraph.mcp;

import io.idgraph.files.DataDir;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The tool suite over Streamable HTTP: the packaged jar as a child process, the SDK's client. */
class HttpToolsIT extends AbstractMcpToolsIT {
  @TempDir static Path root;
  private static DataDir dataDir;
  private static ServerProcess server;
  private static McpSyncClient client;

  @BeforeAll
  static void start() throws Exception {
    dataDir = ServerProcess.loadedDataDir(root);
    String token = ServerProcess.createKey(dataDir, "it");
    server = ServerProcess.startHttp(dataDir);
    client = connect(server, token);
  }

  static McpSyncClient connect(ServerProcess server, String token) {
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(server.baseUrl())
            .endpoint("/mcp")
            .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
            .build();
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
    client.initialize();
    return client;
  }

  @AfterAll
  static void stop() throws Exception {
    if (client != null) {
      client.closeGracefully();
    }
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected McpSyncClient client() {
    return client;
  }

  @Override
  protected DataDir dataDir() {
    return dataDir;
  }

  @Override
  protected String transport() {
    return "http";
  }
}
