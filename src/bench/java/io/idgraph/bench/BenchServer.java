package io.idgraph.bench;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.CreatedKey;
import io.idgraph.files.DataDir;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server the HTTP benchmarks talk to: the packaged jar's {@code serve} in its own process (the
 * way users run it) on a free loopback port over a data dir, with a key made for the run and
 * revoked at the end.
 */
final class BenchServer implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("serving MCP at (\\S+)");

  private final Process process;
  private final Path log;
  private final ApiKeyStore keys;
  private final CreatedKey key;
  private final URI mcpUrl;

  BenchServer(DataDir dir) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("idgraph.jar", "target/idgraph.jar"));
    if (!Files.isRegularFile(jar)) {
      throw IdgraphException.invalid("no server jar at " + jar + "; run ./idgraph --help first");
    }
    // a server on a cluster store (IDGRAPH_STORE, which the server inherits) reads keys there
    StoreUri where = StoreUri.parse(System.getenv("IDGRAPH_STORE"));
    keys =
        where.isCluster()
            ? new ApiKeyStore(
                IdentityStores.openStateDocument(where, "api_keys"), Clock.systemUTC())
            : new ApiKeyStore(dir.keys(), Clock.systemUTC());
    key = keys.create("bench-" + ProcessHandle.current().pid());
    log = Files.createTempFile("idgraph-bench-serve", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // e.g. -Didgraph.bench.server-java-opts=-XX:StartFlightRecording=filename=serve.jfr to profile
    String opts = System.getProperty("idgraph.bench.server-java-opts", "").strip();
    if (!(" " + opts).contains(" -Xmx")) {
      command.add("-Xmx1g"); // the heap the idgraph launcher gives serve
    }
    if (!opts.isEmpty()) {
      command.addAll(List.of(opts.split("\\s+")));
    }
    command.addAll(
        List.of("-jar", jar.toString(), "serve", "--data", dir.root().toString(), "--port", "0"));
    process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile())
            .start();
    mcpUrl = awaitUrl();
  }

  private URI awaitUrl() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return URI.create(m.group(1));
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    close();
    throw new IdgraphException(ErrorCode.IO, "the server did not start; see " + log);
  }

  URI mcpUrl() {
    return mcpUrl;
  }

  String token() {
    return key.token();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    keys.revoke(key.key().id());
    keys.close();
    Files.deleteIfExists(log);
  }
}
