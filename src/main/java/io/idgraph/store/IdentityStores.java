package io.idgraph.store;

import io.idgraph.store.cassandra.CassandraIdentityStore;
import io.idgraph.store.cassandra.ClusterSharedState;
import io.idgraph.store.cassandra.ClusterStateDocument;
import io.idgraph.store.rocksdb.RocksDbIdentityStore;
import java.nio.file.Path;

/**
 * Opens the configured store engine: the embedded RocksDB engine under the data dir, or a cluster
 * named by a {@link StoreUri}. The cluster engine's classes load only when a cluster is named.
 */
public final class IdentityStores {
  private IdentityStores() {}

  /**
   * Opens (creating if needed) a store for reading and writing; one writer process at a time. A
   * second writer fails with {@link io.idgraph.graph.ErrorCode#STORE_UNAVAILABLE}.
   */
  public static IdentityStore openWritable(Path dir) {
    return RocksDbIdentityStore.openWritable(dir);
  }

  /**
   * Opens a store for reading, even while another process holds it for writing; an absent store is
   * created empty, so it reads as empty. Several readers may run at once, and a reader sees a
   * writer's new data within about a second.
   */
  public static IdentityStore openReader(Path dir) {
    return RocksDbIdentityStore.openReader(dir);
  }

  /**
   * {@link #openWritable(Path)} on {@code where}: the embedded store in {@code dir}, or a cluster.
   */
  public static IdentityStore openWritable(StoreUri where, Path dir) {
    return where.isCluster()
        ? CassandraIdentityStore.openWritable(where.cluster())
        : openWritable(dir);
  }

  /**
   * {@link #openReader(Path)} on {@code where}; a cluster reader sees acknowledged writes at once.
   */
  public static IdentityStore openReader(StoreUri where, Path dir) {
    return where.isCluster() ? CassandraIdentityStore.openReader(where.cluster()) : openReader(dir);
  }

  /**
   * The shared document {@code name} (e.g. {@code api_keys}) of a cluster store; only for {@link
   * StoreUri#isCluster()} (the embedded store keeps such state in files of the data dir).
   */
  public static StateDocument openStateDocument(StoreUri where, String name) {
    return ClusterStateDocument.open(where.cluster(), name);
  }

  /**
   * The state shared by every process on a cluster store (signing keys, workflow logs, feedback,
   * files, privacy state, audit log); only for {@link StoreUri#isCluster()}. Opens of one cluster
   * in one process share one connection.
   */
  public static SharedState openSharedState(StoreUri where) {
    return ClusterSharedState.open(where.cluster());
  }
}
