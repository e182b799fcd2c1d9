package io.idgraph.mcp;

import static io.idgraph.mcp.PrivacyIT.CANARY_EMAIL;
import static io.idgraph.mcp.PrivacyIT.CANARY_MAID;
import static io.idgraph.mcp.PrivacyIT.CANARY_PHONE;
import static io.idgraph.mcp.PrivacyIT.OPTOUT_EMAIL;
import static io.idgraph.mcp.PrivacyIT.assertDeletedOverMcp;
import static io.idgraph.mcp.PrivacyIT.person;
import static io.idgraph.mcp.PrivacyIT.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.idgraph.store.StoreUri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The privacy state and the audit log on a cluster store, from the outside: two {@code idgraph
 * serve} processes on one keyspace, each with its own data dir, and every command run with yet
 * another data dir. A deletion or opt-out made anywhere is seen by both servers within the stated
 * bound (docs/scaling.md: one second), a reload through any data dir rejects the deleted
 * identifiers as suppressed, and {@code idgraph audit} from any data dir lists the calls both
 * servers answered, with no identifier in it. Runs when {@code IDGRAPH_STORE} names a {@code
 * cassandra://} cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPrivacyIT {
  /** The hidden-persons cache bound (SharedHiddenPersons.MAX_STALENESS), plus a margin. */
  private static final long SEEN_WITHIN_MILLIS = 1_100;

  @TempDir static Path root;
  private static String store;
  private static ServerProcess one;
  private static ServerProcess two;
  private static String tokenOne;
  private static String tokenTwo;

  @BeforeAll
  static void loadAndStartTwoServers() throws Exception {
    String named = System.getProperty("idgraph.store", System.getenv("IDGRAPH_STORE"));
    StoreUri where = StoreUri.parse(named);
    assumeTrue(where.isCluster(), "no cassandra:// store in IDGRAPH_STORE; skipped");
    // a keyspace of its own each run: a deletion is forever, so a rerun must not meet the last one
    String keyspace = "privacy_" + Long.toString(System.currentTimeMillis(), 36);
    store = where.cluster().withKeyspace(keyspace).text();
    Files.writeString(root.resolve("graph.jsonl"), PrivacyIT.GRAPH);
    cli("loader", "load", root.resolve("graph.jsonl").toString());
    tokenOne = cli("admin", "keys", "create", "--name", "via-one").strip();
    tokenTwo = cli("admin", "keys", "create", "--name", "via-two").strip();
    one = ServerProcess.startHttp(dataDir("first"), "--store", store);
    two = ServerProcess.startHttp(dataDir("second"), "--store", store);
  }

  @AfterAll
  static void stop() throws Exception {
    for (ServerProcess server : new ServerProcess[] {one, two}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  @Order(1)
  void delete_throughAThirdDataDir_hidesThePersonOnBothServersAndStaysDeleted() throws Exception {
    assertThat(resolve(one, tokenOne, "email", CANARY_EMAIL).get("identities")).hasSize(1);
    assertThat(resolve(two, tokenTwo, "phone", CANARY_PHONE).get("identities")).hasSize(1);

    JsonNode request =
        Json.MAPPER.readTree(cli("admin", "privacy", "delete", "--email", CANARY_EMAIL));
    assertThat(request.get("outcome").asString()).isEqualTo("done");
    assertThat(request.get("person_ids").toString()).isEqualTo("[101]");
    Thread.sleep(SEEN_WITHIN_MILLIS);

    assertDeletedOverMcp(one, tokenOne);
    assertDeletedOverMcp(two, tokenTwo);

    Path rejects = root.resolve("reload-rejects.jsonl");
    cli(
        "reloader",
        "load",
        "--rejects",
        rejects.toString(),
        root.resolve("graph.jsonl").toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(rejects)) {
      lines.add(Json.MAPPER.readTree(line));
    }
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).get("reason").asString()).isEqualTo("suppressed");
    Thread.sleep(SEEN_WITHIN_MILLIS);
    assertDeletedOverMcp(one, tokenOne);
    assertDeletedOverMcp(two, tokenTwo);
    // the household's other person is still there
    assertThat(resolve(two, tokenTwo, "email", "neighbour@example.org").get("identities"))
        .hasSize(1);

    String status = cli("elsewhere", "privacy", "status", request.get("request_id").asString());
    assertThat(status).contains("\"outcome\":\"done\"").doesNotContainIgnoringCase("canary");
  }

  @Test
  @Order(2)
  void optoutAndOptin_seenByBothServers() throws Exception {
    assertThat(resolve(one, tokenOne, "email", OPTOUT_EMAIL).get("identities")).hasSize(1);

    cli("admin", "privacy", "optout", "--email", OPTOUT_EMAIL);
    Thread.sleep(SEEN_WITHIN_MILLIS);
    for (ServerProcess server : List.of(one, two)) {
      String token = server == one ? tokenOne : tokenTwo;
      assertThat(resolve(server, token, "email", OPTOUT_EMAIL).get("identities")).isEmpty();
      assertThat(person(server, token, "103").get("not_found").toString()).isEqualTo("[\"103\"]");
    }

    cli("another", "privacy", "optin", "--person", "103");
    Thread.sleep(SEEN_WITHIN_MILLIS);
    for (ServerProcess server : List.of(one, two)) {
      String token = server == one ? tokenOne : tokenTwo;
      assertThat(resolve(server, token, "email", OPTOUT_EMAIL).get("identities")).hasSize(1);
      assertThat(person(server, token, "103").get("profiles")).hasSize(1);
    }
  }

  @Test
  @Order(3)
  void audit_fromAnyDataDir_listsTheCallsOfBothServersAndNoIdentifier() throws Exception {
    resolve(one, tokenOne, "email", "someone@example.com");
    resolve(two, tokenTwo, "email", "someone@example.com");

    String all = cli("auditor", "audit");
    assertThat(all).contains("\"actor\":\"cli\"", "\"action\":\"privacy delete\"");
    for (String key : List.of("via-one", "via-two")) {
      List<JsonNode> events = new ArrayList<>();
      for (String line : cli("auditor", "audit", "--key", key).lines().toList()) {
        events.add(Json.MAPPER.readTree(line));
      }
      assertThat(events).as(key).isNotEmpty();
      assertThat(events)
          .allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo(key))
          .anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("resolve_identities"));
    }
    assertThat(all)
        .doesNotContainIgnoringCase("canary")
        .doesNotContainIgnoringCase("optout.person")
        .doesNotContain("someone@example.com")
        .doesNotContain("5550177")
        .doesNotContain(CANARY_MAID)
        .doesNotContain(tokenOne)
        .doesNotContain(tokenTwo);
    assertThat(Files.exists(dataDir("auditor").root().resolve("audit")))
        .as("nothing of the audit log on the reader's disk")
        .isFalse();
    assertThat(Files.exists(dataDir("admin").root().resolve("privacy")))
        .as("nothing of the privacy state on the requester's disk")
        .isFalse();
  }

  @Test
  @Order(4)
  void audit_anAnsweredCallSurvivesKillMinus9OfItsServer() throws Exception {
    String token = cli("admin", "keys", "create", "--name", "via-killed").strip();
    ServerProcess doomed = ServerProcess.startHttp(dataDir("doomed"), "--store", store);
    try {
      for (int i = 0; i < 5; i++) {
        resolve(doomed, token, "email", "someone" + i + "@example.com");
      }
      doomed.kill(); // SIGKILL right after the fifth answer
    } finally {
      doomed.close();
    }
    List<String> events = cli("auditor", "audit", "--key", "via-killed").lines().toList();
    assertThat(events).hasSize(5).allSatisfy(e -> assertThat(e).contains("resolve_identities"));
  }

  private static DataDir dataDir(String name) {
    return new DataDir(root.resolve(name));
  }

  /** Runs an idgraph command with data dir {@code dir} on the cluster; returns its stdout. */
  private static String cli(String dir, String... args) throws Exception {
    return CliRun.onCluster(dataDir(dir), store, args);
  }
}
