package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.auth.ApiKeyStore;
import io.idgraph.cli.Main;
import io.idgraph.files.DataDir;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 of one node of a 3-node RF 3 cluster, from the outside: during a load (it finishes, and
 * every person it acknowledged is there) and during a stream of resolve calls to a running server
 * (every call after the driver's failure window succeeds); each time the node is started again and
 * rejoins. Runs when {@code IDGRAPH_STORE} names a cluster and {@code IDGRAPH_TEST_CLUSTER_DIR} the
 * folder {@code scripts/cassandra-test-cluster.sh start 3} used.
 */
class ClusterFaultIT {
  /** How long after a kill calls may fail: the driver notices and routes around the node. */
  private static final long FAILURE_WINDOW_MS = 15_000;

  private static final Path SCRIPT = Path.of("scripts", "cassandra-test-cluster.sh");
  @TempDir Path root;
  private static String store;
  private static String clusterDir;

  @BeforeAll
  static void needsACluster() throws Exception {
    StoreUri where =
        StoreUri.parse(System.getProperty("idgraph.store", System.getenv("IDGRAPH_STORE")));
    clusterDir = System.getenv("IDGRAPH_TEST_CLUSTER_DIR");
    assumeTrue(where.isCluster() && clusterDir != null, "no test cluster named; skipped");
    assumeTrue(Files.readString(Path.of(clusterDir, "nodes")).strip().equals("3"), "needs 3 nodes");
    store = where.cluster().withKeyspace("fault").text();
  }

  @Test
  void killDuringALoad_loadFinishesAndKeepsEveryPerson() throws Exception {
    Path graph = root.resolve("g.jsonl");
    int persons = 2000;
    assertThat(Main.run("generate", "--persons", "" + persons, "--out", graph.toString())).isZero();
    Process load =
        new ProcessBuilder(
                ServerProcess.javaCommand(
                    "load",
                    "--data",
                    root.resolve("data").toString(),
                    "--store",
                    store,
                    graph.toString()))
            .redirectOutput(root.resolve("load.out").toFile())
            .redirectError(root.resolve("load.err").toFile())
            .start();
    // the node dies once the load is writing (its progress bar has started)
    long deadline = System.currentTimeMillis() + 120_000;
    while (!Files.readString(root.resolve("load.err")).contains("persons")
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertThat(load.isAlive()).as("the load is still running when the node dies").isTrue();
    cluster("kill", "2");
    try {
      assertThat(load.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(load.exitValue()).as(Files.readString(root.resolve("load.err"))).isZero();
      long[] ids = new long[persons];
      for (int i = 0; i < persons; i++) {
        ids[i] = i + 1L;
      }
      try (IdentityStore read =
          IdentityStores.openReader(StoreUri.parse(store), root.resolve("unused"))) {
        List<PersonRecord> back = read.persons(ids, Set.of());
        assertThat(back).as("every loaded person").doesNotContainNull();
      }
    } finally {
      cluster("restart", "2");
    }
  }

  @Test
  void killDuringResolveCalls_everyCallAfterTheFailureWindowSucceeds() throws Exception {
    DataDir dir = new DataDir(root.resolve("serve"));
    Path graph = root.resolve("small.jsonl");
    try (var in = ServerProcess.class.getResourceAsStream("small-graph.jsonl")) {
      Files.copy(in, graph);
    }
    assertThat(
            Main.run("load", "--data", dir.root().toString(), "--store", store, graph.toString()))
        .isZero();
    String token;
    try (ApiKeyStore keys =
        new ApiKeyStore(
            IdentityStores.openStateDocument(StoreUri.parse(store), "api_keys"),
            Clock.systemUTC())) {
      token = keys.create("fault" + System.nanoTime()).token();
    }
    try (ServerProcess server = ServerProcess.startHttp(dir, "--store", store)) {
      List<long[]> calls = new ArrayList<>(); // {start ms, 1 if ok}
      long killedAt = 0;
      long end = System.currentTimeMillis() + 60_000;
      try {
        while (System.currentTimeMillis() < end) {
          if (killedAt == 0 && calls.size() == 10) {
            cluster("kill", "3");
            killedAt = System.currentTimeMillis();
          }
          long start = System.currentTimeMillis();
          calls.add(new long[] {start, resolves(server, token) ? 1 : 0});
          Thread.sleep(100);
        }
      } finally {
        cluster("restart", "3");
      }
      long after = killedAt + FAILURE_WINDOW_MS;
      List<long[]> late = calls.stream().filter(c -> c[0] >= after).toList();
      assertThat(late).as("calls after the failure window").hasSizeGreaterThan(20);
      assertThat(late).as("every call after the failure window succeeds").allMatch(c -> c[1] == 1);
      assertThat(calls.subList(0, 10)).allMatch(c -> c[1] == 1);
    }
  }

  private static boolean resolves(ServerProcess server, String token) {
    try {
      JsonNode result =
          server.callTool(
              token,
              "resolve_identities",
              Map.of("id_type", "email", "identifiers", List.of("customer2@example.com")));
      return !result.path("isError").asBoolean(false)
          && result.path("structuredContent").path("identities").size() == 1;
    } catch (Exception | AssertionError e) {
      return false;
    }
  }

  private static void cluster(String action, String node) throws Exception {
    Process p =
        new ProcessBuilder("bash", SCRIPT.toString(), action, clusterDir, node)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(action + " node " + node).isZero();
  }
}
