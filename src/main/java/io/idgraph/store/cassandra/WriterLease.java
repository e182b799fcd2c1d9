package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import io.idgraph.graph.DaemonThreads;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer process per keyspace, as on the embedded store: a row taken with a lightweight
 * transaction, with a TTL, renewed while the writer lives and removed when it closes. A writer
 * killed without closing holds the keyspace at most {@link #TTL_SECONDS} more.
 */
final class WriterLease implements AutoCloseable {
  static final int TTL_SECONDS = 30;
  private static final Logger LOG = LoggerFactory.getLogger(WriterLease.class);

  private final CqlSession session;
  private final String keyspace;
  private final UUID owner = UUID.randomUUID();
  private final AtomicBoolean held = new AtomicBoolean(true);
  private final ScheduledExecutorService renewer;

  private WriterLease(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("idgraph-writer-lease"));
  }

  static WriterLease take(CqlSession session, CassandraUri uri) {
    WriterLease lease = new WriterLease(session, uri.keyspace());
    ResultSet taken = insertLease(session, uri, lease.owner);
    if (!taken.wasApplied() && !lease.owner.equals(currentOwner(taken))) {
      lease.renewer.shutdownNow();
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "the graph in keyspace "
              + uri.keyspace()
              + " at "
              + uri.hostList()
              + " is in use by another idgraph process (a load or build); wait for it to finish"
              + " (a killed writer's hold lapses within "
              + TTL_SECONDS
              + " s), or use another --data dir with another keyspace in --store");
    }
    long every = TTL_SECONDS / 3;
    var unused = lease.renewer.scheduleWithFixedDelay(lease::renew, every, every, TimeUnit.SECONDS);
    return lease;
  }

  /**
   * Takes the lease row; a timed-out attempt (a node died mid-transaction) is tried again, and a
   * retry that finds our own row counts as taken.
   */
  private static ResultSet insertLease(CqlSession session, CassandraUri uri, UUID owner) {
    SimpleStatement insert =
        SimpleStatement.newInstance(
            "INSERT INTO "
                + uri.keyspace()
                + ".writer (name, owner) VALUES ('graph', ?) IF NOT EXISTS USING TTL "
                + TTL_SECONDS,
            owner);
    for (int attempt = 1; ; attempt++) {
      try {
        return session.execute(insert);
      } catch (DriverTimeoutException | WriteTimeoutException | UnavailableException e) {
        if (attempt == 5) {
          throw Concurrent.failure(e);
        }
      }
    }
  }

  /** The owner a not-applied transaction saw (a retried insert of ours sees itself). */
  private static UUID currentOwner(ResultSet notApplied) {
    com.datastax.oss.driver.api.core.cql.Row row = notApplied.one();
    return row == null || !row.getColumnDefinitions().contains("owner")
        ? null
        : row.getUuid("owner");
  }

  /** Fails a write if this process no longer holds the keyspace. */
  void check() {
    if (!held.get()) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "this process lost its hold on keyspace "
              + keyspace
              + " (the cluster could not be reached to renew it); run the load again");
    }
  }

  private void renew() {
    try {
      ResultSet renewed =
          session.execute(
              SimpleStatement.newInstance(
                  "UPDATE "
                      + keyspace
                      + ".writer USING TTL "
                      + TTL_SECONDS
                      + " SET owner = ? WHERE name = 'graph' IF owner = ?",
                  owner,
                  owner));
      if (!renewed.wasApplied()) {
        held.set(false);
      }
    } catch (RuntimeException e) {
      // a failed renewal is retried; the hold lapses only when the TTL passes without one
      LOG.warn("could not renew the writer hold on keyspace {}: {}", keyspace, e.toString());
    }
  }

  @Override
  public void close() {
    renewer.shutdownNow();
    try {
      session.execute(
          SimpleStatement.newInstance(
              "DELETE FROM " + keyspace + ".writer WHERE name = 'graph' IF owner = ?", owner));
    } catch (RuntimeException e) {
      LOG.warn("could not release the writer hold on keyspace {}: {}", keyspace, e.toString());
    }
  }
}
