package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The graph's keyspace and tables, created on first use (every statement is IF NOT EXISTS, so
 * several processes may open a new keyspace at once). One partition per index key, per person, per
 * address and per address block: every read is a single-partition read.
 */
final class GraphSchema {
  private static final Pattern CREATED_TABLE =
      Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)\\.(\\w+)");
  private static final Pattern CREATED_KEYSPACE =
      Pattern.compile("CREATE KEYSPACE IF NOT EXISTS (\\w+)");
  private static final Duration SCHEMA_CHANGE_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration AGREEMENT_WAIT = Duration.ofMinutes(2);

  /** The graph's tables; the shared state adds its own ({@link ClusterSharedState#TABLES}). */
  static final List<String> TABLES =
      List.of(
          // identifier index: key = [type][hash][bytes], one row per person it points to
          "index_links (k blob, person bigint, quality float, PRIMARY KEY (k, person))",
          // person record (JSON), attributes by domain (JSON), and what the person is filed under
          "persons (id bigint PRIMARY KEY, core text, attributes map<text, text>,"
              + " index_keys set<blob>, address_keys set<text>, size int)",
          "addresses (match_key text PRIMARY KEY, display text, lat double, lon double,"
              + " blocks list<text>, persons set<bigint>)",
          "address_blocks (block text, match_key text, PRIMARY KEY (block, match_key))",
          "lineage (id bigint PRIMARY KEY, lineage text)",
          "counts (name text PRIMARY KEY, value counter)",
          // one writer at a time: a lease taken and renewed with lightweight transactions
          "writer (name text PRIMARY KEY, owner uuid)");

  private GraphSchema() {}

  static void create(CqlSession session, CassandraUri uri) {
    String ks = uri.keyspace();
    run(
        session,
        "CREATE KEYSPACE IF NOT EXISTS "
            + ks
            + " WITH replication = {'class': 'NetworkTopologyStrategy', '"
            + uri.datacenter()
            + "': "
            + uri.replicationFactor()
            + "}");
    createTables(session, ks, TABLES);
  }

  /**
   * Creates each table of {@code definitions} (e.g. {@code "counts (name text ...)"}) in keyspace
   * {@code ks}, in turn, as {@link #run(CqlSession, String)} does.
   */
  static void createTables(CqlSession session, String ks, List<String> definitions) {
    for (String definition : definitions) {
      run(session, "CREATE TABLE IF NOT EXISTS " + ks + "." + definition);
    }
  }

  /**
   * Runs one schema change and waits until every node that is up has it. The driver's own check
   * (schema versions compared through one node's view of its peers, for at most its timeout) can
   * pass before the others applied the change: a statement sent next to such a node failed with
   * "table ... does not exist" on a busy 2-core machine. So each node is asked itself.
   */
  static void run(CqlSession session, String cql) {
    Matcher table = CREATED_TABLE.matcher(cql);
    Matcher keyspace = CREATED_KEYSPACE.matcher(cql);
    if (known(session, table, keyspace)) {
      return; // made earlier, and its maker waited for every node: nothing to change or wait for
    }
    session.execute(SimpleStatement.newInstance(cql).setTimeout(SCHEMA_CHANGE_TIMEOUT));
    if (table.lookingAt()) {
      awaitOnEveryNode(
          session,
          "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?",
          table.group(1).toLowerCase(Locale.ROOT),
          table.group(2).toLowerCase(Locale.ROOT));
    } else if (keyspace.lookingAt()) {
      awaitOnEveryNode(
          session,
          "SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
          keyspace.group(1).toLowerCase(Locale.ROOT));
    }
  }

  /** True when the session's schema metadata (read as it connected) already has the object. */
  private static boolean known(CqlSession session, Matcher table, Matcher keyspace) {
    Metadata metadata = session.getMetadata();
    if (table.lookingAt()) {
      return metadata
          .getKeyspace(table.group(1))
          .flatMap(ks -> ks.getTable(table.group(2)))
          .isPresent();
    }
    return keyspace.lookingAt() && metadata.getKeyspace(keyspace.group(1)).isPresent();
  }

  /** Waits until {@code query} finds a row on every node that is up. */
  private static void awaitOnEveryNode(CqlSession session, String query, Object... values) {
    long deadline = System.nanoTime() + AGREEMENT_WAIT.toNanos();
    for (Node node : session.getMetadata().getNodes().values()) {
      while (node.getState() == NodeState.UP
          && session.execute(SimpleStatement.newInstance(query, values).setNode(node)).one()
              == null) {
        if (System.nanoTime() > deadline) {
          throw new IdgraphException(
              ErrorCode.STORE_UNAVAILABLE,
              "the Cassandra node "
                  + node.getEndPoint()
                  + " did not get a schema change within "
                  + AGREEMENT_WAIT.toSeconds()
                  + " s; check that every node is up (nodetool describecluster) and try again");
        }
        sleepBriefly();
      }
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "interrupted waiting for schema", e);
    }
  }
}
