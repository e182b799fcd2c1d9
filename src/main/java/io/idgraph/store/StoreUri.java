package io.idgraph.store;

import io.idgraph.graph.IdgraphException;
import io.idgraph.store.cassandra.CassandraUri;
import java.util.Locale;

/**
 * Where the graph lives (PRODUCT.md section 9): {@code rocksdb:} (the embedded store under the data
 * dir, the default) or {@code cassandra://HOST[:PORT][,HOST...]/KEYSPACE?dc=DC&rf=N&consistency=L}.
 * A bad URI fails when parsed, before anything is opened.
 */
public final class StoreUri {
  /** The spelled-out default: the embedded RocksDB store under the data dir. */
  public static final String EMBEDDED = "rocksdb:";

  static final String FORMS =
      "rocksdb: or cassandra://HOST[:PORT][,HOST...]/KEYSPACE?dc=DC&rf=N&consistency=LEVEL";

  private final String text;
  private final CassandraUri cluster;

  private StoreUri(String text, CassandraUri cluster) {
    this.text = text;
    this.cluster = cluster;
  }

  /** The embedded store. */
  public static StoreUri embedded() {
    return new StoreUri(EMBEDDED, null);
  }

  /** Parses {@code --store} or {@code IDGRAPH_STORE}; blank means the embedded store. */
  public static StoreUri parse(String text) {
    if (text == null || text.isBlank() || text.strip().equals(EMBEDDED)) {
      return embedded();
    }
    String uri = text.strip();
    if (uri.toLowerCase(Locale.ROOT).startsWith(CassandraUri.SCHEME + "://")) {
      return new StoreUri(uri, CassandraUri.parse(uri));
    }
    throw IdgraphException.invalid(
        "--store (or IDGRAPH_STORE) must be " + FORMS + ", got '" + uri + "'");
  }

  /** True for a cluster store: server state then lives in the cluster too. */
  public boolean isCluster() {
    return cluster != null;
  }

  /** The cluster's address; only for {@link #isCluster()}. */
  public CassandraUri cluster() {
    if (cluster == null) {
      throw new IllegalStateException("the embedded store has no cluster address");
    }
    return cluster;
  }

  @Override
  public String toString() {
    return text;
  }
}
