package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.cli.Main;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.idgraph.store.StoreUri;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Starts {@code java -jar target/idgraph.jar serve ...} as the README does, on a data dir loaded
 * with the small test graph, and stops it. Its stderr goes to a file the tests can read.
 */
final class ServerProcess implements AutoCloseable {
  static final Path JAR = Path.of("target", "idgraph.jar").toAbsolutePath();
  private static final Pattern URL = Pattern.compile("serving MCP at (\\S+)");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final Path log;
  private final URI mcpUrl;

  private ServerProcess(Process process, Path log, URI mcpUrl) {
    this.process = process;
    this.log = log;
    this.mcpUrl = mcpUrl;
  }

  /** A data dir with the small test graph loaded (through the CLI's load command). */
  static DataDir loadedDataDir(Path root) throws IOException {
    Path graph = root.resolve("small-graph.jsonl");
    try (var in = ServerProcess.class.getResourceAsStream("small-graph.jsonl")) {
      Files.copy(in, graph);
    }
    DataDir dir = new DataDir(root.resolve("data"));
    int exit = Main.run("load", "--data", dir.root().toString(), graph.toString());
    assertThat(exit).as("load exit code").isZero();
    return dir;
  }

  /** Creates a key where the server started by these tests reads keys (the cluster, if any). */
  static String createKey(DataDir dir, String name) {
    StoreUri where = StoreUri.parse(System.getenv("IDGRAPH_STORE"));
    try (ApiKeyStore keys = ApiKeyStore.open(dir, where)) {
      return keys.create(name).token();
    }
  }

  static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Starts an HTTP server on a free port and waits until it is listening. */
  static ServerProcess startHttp(DataDir dir, String... extraArgs) throws Exception {
    return startHttpUnderUmask(null, dir, extraArgs);
  }

  /** The java command run by {@code sh} under {@code umask} (e.g. "000"), or as is when null. */
  static List<String> underUmask(String umask, List<String> command) {
    if (umask == null) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** As {@link #startHttp}, with the process's umask set first. */
  static ServerProcess startHttpUnderUmask(String umask, DataDir dir, String... extraArgs)
      throws Exception {
    assertThat(JAR).as("run mvn package first").exists();
    List<String> args =
        new ArrayList<>(List.of("serve", "--data", dir.root().toString(), "--port", "0"));
    args.addAll(List.of(extraArgs));
    Path log = Files.createTempFile(dir.root().getParent(), "serve-", ".log");
    Process process =
        new ProcessBuilder(underUmask(umask, javaCommand(args.toArray(String[]::new))))
            .redirectErrorStream(false)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return new ServerProcess(process, log, URI.create(m.group(1)));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new IllegalStateException("server did not start: " + Files.readString(log));
  }

  URI mcpUrl() {
    return mcpUrl;
  }

  /** Posts a tools/call with the key and returns the JSON-RPC result (HTTP 200 asserted). */
  JsonNode callTool(String token, String tool, Map<String, Object> arguments) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(mcpUrl)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        HttpProtocolIT.toolCall(tool, arguments), StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.MAPPER.readTree(response.body()).get("result");
  }

  /** http://host:port, without the /mcp path. */
  String baseUrl() {
    return mcpUrl.getScheme() + "://" + mcpUrl.getRawAuthority();
  }

  int port() {
    return mcpUrl.getPort();
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the server with SIGKILL (no shutdown hooks, nothing flushed) and waits for it. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
