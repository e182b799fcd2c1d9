package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.SharedLog;
import io.idgraph.store.SharedSet;
import io.idgraph.store.SharedState;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@link SharedState} in the cluster's keyspace ({@code state_values}, {@code state_counters},
 * {@code state_sets}, {@code state_log*}; created on first use). Every shared state of one process
 * on one cluster shares one driver session, closed with the last of them.
 */
public final class ClusterSharedState implements SharedState {
  private static final Map<CassandraUri, Connection> OPEN = new HashMap<>();

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
      for (String table : tables(ks)) {
        GraphSchema.run(session, table);
      }
      readValue = session.prepare("SELECT value FROM " + ks + ".state_values WHERE name = ?");
      createValue =
          session.prepare(
              "INSERT INTO " + ks + ".state_values (name, value) VALUES (?, ?) IF NOT EXISTS");
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

  static List<String> tables(String ks) {
    return List.of(
        "CREATE TABLE IF NOT EXISTS " + ks + ".state_values (name text PRIMARY KEY, value blob)",
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".state_counters (name text PRIMARY KEY, value counter)",
        // a set: members spread over buckets, so no partition holds a large set alone
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".state_sets (name text, bucket int, member text,"
            + " PRIMARY KEY ((name, bucket), member))",
        // a log: one partition per name, hour and bucket; rows ordered by time
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".state_log (name text, hour text, bucket int, at timestamp, id uuid, key text,"
            + " record text, PRIMARY KEY ((name, hour, bucket), at, id))",
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".state_log_hours (name text, hour text, PRIMARY KEY (name, hour))",
        "CREATE TABLE IF NOT EXISTS "
            + ks
            + ".state_log_keys (name text, key text, at timestamp, id uuid, record text,"
            + " PRIMARY KEY ((name, key), at, id))");
  }

  @Override
  public byte[] valueOrCreate(String name, Supplier<byte[]> initial) {
    Row row = connection.execute(connection.readValue.bind(name)).one();
    if (row != null && !row.isNull(0)) {
      return bytes(row.getByteBuffer(0));
    }
    byte[] made = initial.get();
    ResultSet result = connection.execute(connection.createValue.bind(name, ByteBuffer.wrap(made)));
    if (result.wasApplied()) {
      return made;
    }
    // another process stored one first (or the driver retried ours): the stored one wins
    Row winner = result.one();
    return winner == null || winner.isNull("value") ? made : bytes(winner.getByteBuffer("value"));
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
  public SharedLog log(String name) {
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
