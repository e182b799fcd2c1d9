package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.EntryLog;
import io.idgraph.store.ExpiringFiles;
import io.idgraph.store.SharedState;
import io.idgraph.store.StateDocument;

/**
 * A server's state in the cluster's keyspace, over one driver session: documents in {@code
 * server_state}, logs in {@code log_entries} (one partition per log and key) with {@code log_keys},
 * files in {@code files} with their bytes in {@code file_chunks} (one partition per chunk).
 */
public final class ClusterSharedState implements SharedState {
  private final CqlSession session;
  private final String ks;

  private ClusterSharedState(CqlSession session, String ks) {
    this.session = session;
    this.ks = ks;
  }

  /** Connects to the cluster and creates the keyspace and the state tables if needed. */
  public static ClusterSharedState open(CassandraUri uri) {
    CqlSession session = ClusterSessions.open(uri);
    try {
      GraphSchema.create(session, uri);
      ClusterStateDocument.createTable(session, uri.keyspace());
      ClusterEntryLog.createTables(session, uri.keyspace());
      ClusterFiles.createTables(session, uri.keyspace());
      return new ClusterSharedState(session, uri.keyspace());
    } catch (RuntimeException e) {
      session.close();
      throw e instanceof IdgraphException ? e : Concurrent.failure(e);
    }
  }

  @Override
  public StateDocument document(String name) {
    return ClusterStateDocument.onSession(session, ks, name);
  }

  @Override
  public EntryLog log(String name) {
    return new ClusterEntryLog(session, ks, name);
  }

  @Override
  public ExpiringFiles files(String name) {
    return new ClusterFiles(session, ks, name);
  }

  @Override
  public void close() {
    session.close();
  }
}
