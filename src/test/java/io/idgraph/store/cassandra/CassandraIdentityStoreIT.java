package io.idgraph.store.cassandra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real cluster: runs when {@code IDGRAPH_STORE} (or {@code
 * -Didgraph.store}) is a {@code cassandra://} URI, as {@code .ci/run} sets it after starting a
 * cluster with {@code scripts/cassandra-test-cluster.sh}. The test's dir stands for one keyspace
 * (emptied before each test), any other dir for a keyspace never written.
 */
class CassandraIdentityStoreIT extends IdentityStoreContract {
  private static CassandraUri cluster;
  private static CqlSession admin;

  @BeforeAll
  static void connect() {
    cluster = TestCluster.uri();
    assumeTrue(
        cluster != null, "no cassandra:// store in IDGRAPH_STORE; the cluster suite is skipped");
    admin = ClusterSessions.open(cluster);
  }

  @AfterAll
  static void disconnect() {
    if (admin != null) {
      admin.close();
    }
  }

  @BeforeEach
  void emptyTheTestKeyspace() {
    CassandraUri main = cluster.withKeyspace("contract_main");
    GraphSchema.create(admin, main);
    for (String table : TestCluster.tables()) {
      admin.execute("TRUNCATE " + main.keyspace() + "." + table);
    }
  }

  private CassandraUri keyspaceFor(Path d) {
    return cluster.withKeyspace(d.equals(dir) ? "contract_main" : "contract_never_written");
  }

  @Override
  protected IdentityStore newWritable(Path d) {
    return CassandraIdentityStore.openWritable(keyspaceFor(d));
  }

  @Override
  protected IdentityStore newReader(Path d) {
    return CassandraIdentityStore.openReader(keyspaceFor(d));
  }
}
