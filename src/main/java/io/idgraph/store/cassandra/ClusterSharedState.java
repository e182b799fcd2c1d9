package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.EntryLog;
import io.idgraph.store.ExpiringFiles;
import io.idgraph.store.SharedLog;
import io.idgraph.store.SharedSet;
import io.idgraph.store.SharedState;
import io.idgraph.store.StateDocument;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@link SharedState} in tables of the cluster's keyspace, created on first use: documents in
 * {@code server_state}; entry logs in {@code log_entries} (one partition per log and key) with
 * {@code log_keys}; files in {@code files} with their bytes in {@code file_chunks} (one partition
 * per chunk); values and set members in {@code state_rows}, counters in {@code state_counters},
 * time-ordered logs in {@code state_log}. Every shared state of one process on one cluster shares
 * one driver session, closed with the last of them.
 */
public final class ClusterSharedState implements SharedState {
  private static final Map<CassandraUri, Connection> OPEN = new HashMap<>();

  static final List<String> TABLES =
      List.of(
          // values (partition "value:NAME") and set members (partitions "set:NAME", bucket; a set
          // is spread over buckets, so no partition holds a large set alone)
          "state_rows (name text, bucket int, k text, v blob, PRIMARY KEY ((name, bucket), k))",
          "state_counters (name text PRIMARY KEY, value counter)",
          // logs: one partition per log, part (an hour, or a key for the copies found by key) and
          // bucket; rows ordered by time
          "state_log (log text, part text, bucket int, at timestamp, id uuid, key text,"
              + " record text, PRIMARY KEY ((log, part, bucket), at, id))");

  /** One session and its prepared statements, shared by every open state of one URI. */
  static final class Connection {
    final CqlSession session;
    final String ks;
    final Concurrent concurrent;
    private final PreparedStatement readValue;
    private final PreparedStatement createValue;
    private final PreparedStatement addToCounter;
    private final PreparedStatement readCounter;
    private int refs;

    private Connection(CqlSession session, String ks) {
      this.session = session;
      this.ks = ks;
      this.concurrent = new Concurrent(session, 256);
      GraphSchema.createTables(session, ks, TABLES);
      GraphSchema.createTables(session, ks, ClusterStateDocument.TABLES);
      GraphSchema.createTables(session, ks, ClusterEntryLog.TABLES);
      GraphSchema.createTables(session, ks, ClusterFiles.TABLES);
      // a value is the one row of partition ("value:NAME", 0)
      readValue =
          session.prepare(
              "SELECT v FROM " + ks + ".state_rows WHERE name = ? AND bucket = 0 AND k = ''");
      createValue =
          session.prepare(
              "INSERT INTO "
                  + ks
                  + ".state_rows (name, bucket, k, v) VALUES (?, 0, '', ?) IF NOT EXISTS");
      addToCounter =
          session.prepare("UPDATE " + ks + ".state_counters SET value = value + ? WHERE name = ?");
      readCounter = session.prepare("SELECT value FROM " + ks + ".state_counters WHERE name = ?");
    }

    PreparedStatement prepare(String cql) {
      return session.prepare(cql.replace("KS.", ks + "."));
    }

    void addToCounter(String name, long delta) {
      // a counter update is not idempotent: the driver must not retry it on another node
      execute(addToCounter.bind(delta, name).setIdempotent(false));
    }

    long counter(String name) {
      Row row = execute(readCounter.bind(name)).one();
      return row == null || row.isNull(0) ? 0 : row.getLong(0);
    }

    ResultSet execute(com.datastax.oss.driver.api.core.cql.Statement<?> statement) {
      try {
        return session.execute(statement);
      } catch (RuntimeException e) {
        throw Concurrent.failure(e);
      }
    }
  }

  private final CassandraUri uri;
  private final Connection connection;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClusterSharedState(CassandraUri uri, Connection connection) {
    this.uri = uri;
    this.connection = connection;
  }

  /** Opens the shared state of the cluster's keyspace (creating keyspace and tables if needed). */
  public static ClusterSharedState open(CassandraUri uri) {
    synchronized (OPEN) {
      Connection c = OPEN.get(uri);
      if (c == null) {
        CqlSession session = ClusterSessions.open(uri);
        try {
          GraphSchema.create(session, uri);
          c = new Connection(session, uri.keyspace());
        } catch (RuntimeException e) {
          session.close();
          throw e instanceof IdgraphException ? e : Concurrent.failure(e);
        }
        OPEN.put(uri, c);
      }
      c.refs++;
      return new ClusterSharedState(uri, c);
    }
  }

  /** The connection's session; it stays open until this state is closed. */
  CqlSession session() {
    return connection.session;
  }

  @Override
  public StateDocument document(String name) {
    return ClusterStateDocument.onSession(connection.session, connection.ks, name);
  }

  @Override
  public EntryLog log(String name) {
    return new ClusterEntryLog(connection.session, connection.ks, name);
  }

  @Override
  public ExpiringFiles files(String name) {
    return new ClusterFiles(connection.session, connection.ks, name);
  }

  @Override
  public byte[] valueOrCreate(String name, Supplier<byte[]> initial) {
    Row row = connection.execute(connection.readValue.bind("value:" + name)).one();
    if (row != null && !row.isNull(0)) {
      return bytes(row.getByteBuffer(0));
    }
    byte[] made = initial.get();
    ResultSet result =
        connection.execute(connection.createValue.bind("value:" + name, ByteBuffer.wrap(made)));
    if (result.wasApplied()) {
      return made;
    }
    // another process stored one first (or the driver retried ours): the stored one wins
    Row winner = result.one();
    return winner == null || !winner.getColumnDefinitions().contains("v") || winner.isNull("v")
        ? made
        : bytes(winner.getByteBuffer("v"));
  }

  @Override
  public void addToCounter(String name, long delta) {
    connection.addToCounter(name, delta);
  }

  @Override
  public long counter(String name) {
    return connection.counter(name);
  }

  @Override
  public SharedSet set(String name) {
    return new ClusterSharedSet(connection, name);
  }

  @Override
  public SharedLog timeLog(String name) {
    return new ClusterSharedLog(connection, name);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (OPEN) {
      if (--connection.refs == 0) {
        OPEN.remove(uri);
        connection.session.close();
      }
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
