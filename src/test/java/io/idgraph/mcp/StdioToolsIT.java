package io.idgraph.mcp;

import io.idgraph.files.DataDir;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool suite over stdio: the SDK's stdio client spawns {@code java -jar idgraph.jar serve
 * --stdio}.
 */
class StdioToolsIT extends AbstractMcpToolsIT {
  @TempDir static Path root;
  private static DataDir dataDir;
  private static McpSyncClient client;

  @BeforeAll
  static void start() throws Exception {
    dataDir = ServerProcess.loadedDataDir(root);
    client = connect(dataDir);
  }

  static McpSyncClient connect(DataDir dataDir) {
    List<String> command =
        ServerProcess.javaCommand("serve", "--stdio", "--data", dataDir.root().toString());
    ServerParameters params =
        ServerParameters.builder(command.get(0)).args(command.subList(1, command.size())).build();
    StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
    transport.setStdErrorHandler(line -> {});
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
    client.initialize();
    return client;
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.closeGracefully();
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
    return "stdio";
  }
}
