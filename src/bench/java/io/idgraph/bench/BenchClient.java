package io.idgraph.bench;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A keep-alive HTTP client for the benchmarks: tools/call over MCP, read as JSON-RPC (a call
 * succeeded when its result has {@code isError: false}), and signed-link downloads and uploads.
 */
final class BenchClient {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final BenchServer server;

  BenchClient(BenchServer server) {
    this.server = server;
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

  /** Calls a tool; returns its structuredContent, or fails on any error. */
  JsonNode call(String tool, Map<String, Object> arguments)
      throws IOException, InterruptedException {
    return post(toolCall(tool, arguments));
  }

  /** Posts a prepared tools/call; returns its structuredContent, or fails on any error. */
  JsonNode post(byte[] body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.mcpUrl())
            .header("Authorization", "Bearer " + server.token())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IdgraphException(ErrorCode.IO, "call failed with HTTP " + response.statusCode());
    }
    JsonNode reply = Json.MAPPER.readTree(response.body());
    JsonNode result = reply.path("result");
    if (reply.has("error") || result.path("isError").asBoolean(true)) {
      String text = result.at("/content/0/text").asString(reply.path("error").toString());
      throw new IdgraphException(ErrorCode.IO, "call failed: " + text);
    }
    return result.get("structuredContent");
  }

  byte[] download(String link) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(link)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IdgraphException(
          ErrorCode.IO, "download failed with HTTP " + response.statusCode());
    }
    return response.body();
  }

  void upload(String link, byte[] body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IdgraphException(ErrorCode.IO, "upload failed with HTTP " + response.statusCode());
    }
  }
}
