package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.time.Duration;
import java.util.List;

/**
 * The graph's keyspace and tables, created on first use (every statement is IF NOT EXISTS, so
 * several processes may open a new keyspace at once). One partition per index key, per person, per
 * address and per address block: every read is a single-partition read.
 */
final class GraphSchema {
  private static final Duration SCHEMA_CHANGE_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration AGREEMENT_WAIT = Duration.ofMinutes(2);

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
    for (String table : tables(ks)) {
      run(session, table);
    }
  }

  static List<String> tables(String ks) {
    return List.of(
        // identifier index: key = [type][hash][bytes], one row per person it points to
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".index_links (k blob, person bigint, quality float, PRIMARY KEY (k, person))",
        // person record (JSON), attributes by domain (JSON), and what the person is filed under
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".persons (id bigint PRIMARY KEY, core text, attributes map<text, text>,"
            + " index_keys set<blob>, address_keys set<text>, size int)",
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".addresses (match_key text PRIMARY KEY, display text, lat double, lon double,"
            + " blocks list<text>, persons set<bigint>)",
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".address_blocks (block text, match_key text, PRIMARY KEY (block, match_key))",
        "CREATE TABLE IF NOT EXISTS " + ks + ".lineage (id bigint PRIMARY KEY, lineage text)",
        "CREATE TABLE IF NOT EXISTS " + ks + ".counts (name text PRIMARY KEY, value counter)",
        // one writer at a time: a lease taken and renewed with lightweight transactions
        "CREATE TABLE IF NOT EXISTS " + ks + ".writer (name text PRIMARY KEY, owner uuid)");
  }

  /**
   * Runs one schema change and waits until every node has it. The driver waits for agreement only
   * up to its own timeout and then carries on; a statement sent next to a node that has not yet
   * seen the table fails with "table ... does not exist", as it did on a busy 2-core machine.
   */
  static void run(CqlSession session, String cql) {
    ResultSet done =
        session.execute(SimpleStatement.newInstance(cql).setTimeout(SCHEMA_CHANGE_TIMEOUT));
    if (done.getExecutionInfo().isSchemaInAgreement()) {
      return;
    }
    long deadline = System.nanoTime() + AGREEMENT_WAIT.toNanos();
    while (!session.checkSchemaAgreement()) {
      if (System.nanoTime() > deadline) {
        throw new IdgraphException(
            ErrorCode.STORE_UNAVAILABLE,
            "the Cassandra nodes did not agree on the schema within "
                + AGREEMENT_WAIT.toSeconds()
                + " s; check that every node is up (nodetool describecluster) and try again");
      }
      sleepBriefly();
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
