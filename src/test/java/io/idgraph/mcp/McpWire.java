package io.idgraph.mcp;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Raw JSON-RPC to a running idgraph, the way a client puts it on the wire: HTTP POSTs with a bearer
 * key and any headers, or lines on the stdin of {@code idgraph serve --stdio} (which has no
 * headers). Lets one test hold both transports to the same answers. Not {@code AutoCloseable}:
 * JUnit would close it after the first parameterized test that receives it.
 */
abstract class McpWire {
  /** What came back: the HTTP status (0 on stdio) and the JSON-RPC message. */
  record Answer(int status, JsonNode body) {
    JsonNode result() {
      return body.get("result");
    }

    int code() {
      return body.at("/error/code").asInt();
    }

    String message() {
      return body.at("/error/message").asString();
    }
  }

  abstract Answer send(String json, String... headers) throws Exception;

  abstract boolean http();

  /** Ends the stdio process (closing its stdin, as a client does); nothing for HTTP. */
  abstract void stop() throws Exception;

  /** An HTTP server and a stdio server over one data dir loaded with the small test graph. */
  record Both(ServerProcess server, McpWire http, McpWire stdio) implements AutoCloseable {
    static Both start(Path root) throws Exception {
      DataDir dataDir = ServerProcess.loadedDataDir(root);
      String token = ServerProcess.createKey(dataDir, "it");
      ServerProcess server = ServerProcess.startHttp(dataDir);
      return new Both(server, McpWire.http(server, token), McpWire.stdio(dataDir.root()));
    }

    @Override
    public void close() throws Exception {
      try (server) {
        stdio.stop();
      }
    }
  }

  static McpWire http(ServerProcess server, String token) {
    return new Http(server, token);
  }

  static McpWire stdio(Path dataDir) throws IOException {
    Process process =
        new ProcessBuilder(
                ServerProcess.javaCommand("serve", "--stdio", "--data", dataDir.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    return new Stdio(process);
  }

  private static final class Http extends McpWire {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final ServerProcess server;
    private final String token;

    Http(ServerProcess server, String token) {
      this.server = server;
      this.token = token;
    }

    @Override
    Answer send(String json, String... headers) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(server.mcpUrl())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json, text/event-stream")
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      if (headers.length > 0) {
        request.headers(headers);
      }
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body());
      return new Answer(response.statusCode(), body);
    }

    @Override
    boolean http() {
      return true;
    }

    @Override
    public String toString() {
      return "http";
    }

    @Override
    void stop() {}
  }

  private static final class Stdio extends McpWire {
    private final Process process;
    private final OutputStream in;
    private final BufferedReader out;

    Stdio(Process process) {
      this.process = process;
      this.in = process.getOutputStream();
      this.out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    synchronized Answer send(String json, String... headers) throws Exception {
      in.write(json.replace("\n", " ").getBytes(StandardCharsets.UTF_8));
      in.write('\n');
      in.flush();
      String line = out.readLine();
      if (line == null) {
        throw new IOException("the stdio server closed its output");
      }
      return new Answer(0, Json.MAPPER.readTree(line));
    }

    @Override
    boolean http() {
      return false;
    }

    @Override
    public String toString() {
      return "stdio";
    }

    @Override
    void stop() throws Exception {
      in.close();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
