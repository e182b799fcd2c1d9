package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.List;

/**
 * The graph's keyspace and tables, created on first use (every statement is IF NOT EXISTS, so
 * several processes may open a new keyspace at once). One partition per index key, per person, per
 * address and per address block: every read is a single-partition read.
 */
final class GraphSchema {

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

  private static void run(CqlSession session, String cql) {
    // schema changes wait for the nodes to agree (the driver checks after each one)
    session.execute(SimpleStatement.newInstance(cql).setTimeout(java.time.Duration.ofSeconds(60)));
  }
}
