package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.StateDocument;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A {@link StateDocument} as one row of the keyspace's {@code server_state} table, changed with
 * lightweight transactions (compare the version, then set body and a new version), so two servers
 * changing it at once never lose a change.
 */
public final class ClusterStateDocument implements StateDocument {
  private static final int MAX_ATTEMPTS = 20;
  static final List<String> TABLES =
      List.of("server_state (name text PRIMARY KEY, body blob, version uuid)");

  private final CqlSession session;
  private final String name;
  private final PreparedStatement read;
  private final PreparedStatement insert;
  private final PreparedStatement replace;
  private final Runnable onClose;

  private ClusterStateDocument(CqlSession session, String ks, String name, Runnable onClose) {
    this.session = session;
    this.name = name;
    this.onClose = onClose;
    read = session.prepare("SELECT body, version FROM " + ks + ".server_state WHERE name = ?");
    insert =
        session.prepare(
            "INSERT INTO "
                + ks
                + ".server_state (name, body, version) VALUES (?, ?, ?) IF NOT EXISTS");
    replace =
        session.prepare(
            "UPDATE "
                + ks
                + ".server_state SET body = ?, version = ? WHERE name = ? IF version = ?");
  }

  /** Document {@code name} over a session someone else closes (its table exists). */
  static ClusterStateDocument onSession(CqlSession session, String ks, String name) {
    return new ClusterStateDocument(session, ks, name, () -> {});
  }

  /**
   * Opens document {@code name} in the cluster's keyspace (created if needed), on the process's one
   * connection to the cluster ({@link ClusterSharedState}).
   */
  public static ClusterStateDocument open(CassandraUri uri, String name) {
    ClusterSharedState shared = ClusterSharedState.open(uri);
    try {
      return new ClusterStateDocument(shared.session(), uri.keyspace(), name, shared::close);
    } catch (RuntimeException e) {
      shared.close();
      throw e instanceof IdgraphException ? e : Concurrent.failure(e);
    }
  }

  @Override
  public byte[] read() {
    Row row = row(false);
    return row == null || row.isNull(0) ? null : bytes(row.getByteBuffer(0));
  }

  @Override
  public Object version() {
    Row row = row(false);
    return row == null ? null : row.getUuid(1);
  }

  @Override
  public void update(UnaryOperator<byte[]> change) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Row row = row(true);
      UUID seen = row == null ? null : row.getUuid(1);
      byte[] next = change.apply(row == null || row.isNull(0) ? null : bytes(row.getByteBuffer(0)));
      UUID version = UUID.randomUUID();
      ResultSet result =
          seen == null
              ? session.execute(insert.bind(name, ByteBuffer.wrap(next), version))
              : session.execute(replace.bind(ByteBuffer.wrap(next), version, name, seen));
      if (result.wasApplied() || version.equals(versionIn(result.one()))) {
        return;
      }
    }
    throw new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "could not change the " + name + " in the cluster: other servers kept changing it");
  }

  @Override
  public void close() {
    onClose.run();
  }

  /** The row; {@code serial} reads see every committed lightweight transaction. */
  private Row row(boolean serial) {
    try {
      return session
          .execute(
              serial
                  ? read.bind(name).setConsistencyLevel(ConsistencyLevel.SERIAL)
                  : read.bind(name))
          .one();
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
  }

  /** The version a not-applied transaction saw (our own when the driver retried it). */
  private static UUID versionIn(Row row) {
    return row == null || !row.getColumnDefinitions().contains("version")
        ? null
        : row.getUuid("version");
  }

  static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
