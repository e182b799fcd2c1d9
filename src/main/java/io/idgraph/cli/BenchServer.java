package io.idgraph.cli;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.http.HttpOptions;
import io.idgraph.mcp.IdgraphMcp;
import io.idgraph.http.McpHttpServer;
import io.idgraph.files.DataDir;
import java.io.IOException;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** The JSON-RPC message of a tools/call. */
  static byte[] toolCall(String tool, Map<String, Object> arguments) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("jsonrpc", "2.0");
    message.put("id", 1);
    message.put("method", "tools/call");
    message.put("params", Map.of("name", tool, "arguments", arguments));
    return Json.MAPPER.writeValueAsBytes(message);
  }

  /** Posts a JSON-RPC body to /mcp with the key; a status other than 200 is a failure. */
  byte[] post(byte[] body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(mcpUrl())
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IdgraphException(ErrorCode.IO, "bench call failed with HTTP " + response.statusCode());
    }
    return response.body();
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
