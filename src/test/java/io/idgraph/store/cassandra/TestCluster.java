package io.idgraph.store.cassandra;

import io.idgraph.store.StoreUri;
import java.util.List;

/** The cluster the cluster tests run on: {@code -Didgraph.store} or {@code IDGRAPH_STORE}. */
final class TestCluster {
  private TestCluster() {}

  /** The cluster's URI, or null when none is named (the cluster tests are then skipped). */
  static CassandraUri uri() {
    String named = System.getProperty("idgraph.store", System.getenv("IDGRAPH_STORE"));
    StoreUri where = StoreUri.parse(named);
    return where.isCluster() ? where.cluster() : null;
  }

  static List<String> tables() {
    return List.of(
        "index_links", "persons", "addresses", "address_blocks", "lineage", "counts", "writer");
  }
}
