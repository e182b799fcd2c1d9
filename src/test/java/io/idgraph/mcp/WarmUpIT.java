package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.cli.Main;
import io.idgraph.files.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up a server runs before it binds its port: it runs the lookup tools on the graph's own
 * persons, leaves no trace a user could see (no workflow, audit entry or metric), and is skipped
 * for a small graph.
 */
class WarmUpIT {
  @TempDir static Path root;
  static DataDir dataDir;
  static IdgraphMcp mcp;

  @BeforeAll
  static void load() {
    Path graph = root.resolve("graph.jsonl");
    assertThat(Main.run("generate", "--persons", "300", "--seed", "3", "--out", graph.toString()))
        .isZero();
    dataDir = new DataDir(root.resolve("data"));
    assertThat(Main.run("load", "--data", dataDir.root().toString(), graph.toString())).isZero();
    mcp = IdgraphMcp.open(dataDir, Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    mcp.close();
  }

  @Test
  void warmUp_runsTheToolsAndSaysHowLong() {
    Optional<String> done = mcp.warmUp(Duration.ofSeconds(30), 0);

    assertThat(done).isPresent();
    assertThat(done.get())
        .matches(
            "warmed up the lookup tools in \\d+\\.\\d s \\(\\d+\\.\\d MB of the index read in, "
                + WarmUp.MAX_ROUNDS
                + " rounds\\)");
  }

  @Test
  void warmUp_stopsAtItsBudget() {
    Optional<String> done = mcp.warmUp(Duration.ofNanos(1), 0);

    assertThat(done)
        .hasValueSatisfying(
            line -> assertThat(line).endsWith("(0.0 MB of the index read in, 0 rounds)"));
  }

  @Test
  void warmUp_leavesNoWorkflowAuditEntryOrMetric() throws Exception {
    mcp.warmUp(Duration.ofSeconds(30), 0);

    assertThat(mcp.audit().read(Instant.EPOCH, null)).isEmpty();
    assertThat(mcp.metrics().scrape()).doesNotContain("resolve_identities", "get_person");
    try (Stream<Path> workflows =
        Files.exists(dataDir.workflows()) ? Files.list(dataDir.workflows()) : Stream.empty()) {
      assertThat(workflows).isEmpty();
    }
  }

  @Test
  void warmUp_skipsAGraphSmallerThanTheThreshold() {
    assertThat(mcp.warmUp(Duration.ofSeconds(30))).isEmpty();
    assertThat(mcp.warmUp(Duration.ZERO, 0)).isEmpty();
  }
}
