package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens driver sessions on a cluster: contact points resolved here (an unknown host is a clear
 * error, not a silent fallback to localhost), the local data center, the URI's consistency for
 * every request, requests idempotent by default (so the driver may retry them on another node when
 * one dies), token-aware routing (the driver's default for prepared statements).
 */
final class ClusterSessions {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(12);
  private static final Duration SCHEMA_REFRESH_WINDOW = Duration.ofMillis(20);

  private ClusterSessions() {}

  /** A session without a keyspace (the keyspace may not exist yet). */
  static CqlSession open(CassandraUri uri) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, uri.consistency())
            .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, serialFor(uri))
            .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
            .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, CONNECT_TIMEOUT)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, CONNECT_TIMEOUT)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, CONNECT_TIMEOUT)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, REQUEST_TIMEOUT)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, REQUEST_TIMEOUT)
            .withStringList(
                DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of(uri.keyspace()))
            // the driver waits this long for more schema events before it refreshes its metadata,
            // and each CREATE TABLE waits for that refresh: at the 1 s default a new keyspace's
            // 20 tables took about 30 s to create
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, SCHEMA_REFRESH_WINDOW)
            .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
            .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
            // closing waits this long for more work on the driver's threads (2 s by default):
            // every CLI command closes its session
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
            .withString(DefaultDriverOption.SESSION_NAME, "idgraph")
            .build();
    try {
      return CqlSession.builder()
          .addContactPoints(resolve(uri))
          .withLocalDatacenter(uri.datacenter())
          .withConfigLoader(config)
          .build();
    } catch (AllNodesFailedException e) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "cannot reach the Cassandra cluster at "
              + uri.hostList()
              + " ("
              + firstReason(e)
              + "); check --store or IDGRAPH_STORE, and that the nodes are up and answer CQL",
          e);
    } catch (IllegalStateException e) {
      // e.g. the named data center has no node
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "cannot use the Cassandra cluster at " + uri.hostList() + ": " + e.getMessage(),
          e);
    }
  }

  private static String serialFor(CassandraUri uri) {
    return uri.consistency().startsWith("LOCAL_") ? "LOCAL_SERIAL" : "SERIAL";
  }

  private static List<InetSocketAddress> resolve(CassandraUri uri) {
    List<InetSocketAddress> resolved = new ArrayList<>();
    for (InetSocketAddress point : uri.contactPoints()) {
      try {
        resolved.add(
            new InetSocketAddress(InetAddress.getByName(point.getHostString()), point.getPort()));
      } catch (UnknownHostException e) {
        throw new IdgraphException(
            ErrorCode.STORE_UNAVAILABLE,
            "cannot resolve the Cassandra host '"
                + point.getHostString()
                + "' named by --store or IDGRAPH_STORE",
            e);
      }
    }
    return resolved;
  }

  private static String firstReason(AllNodesFailedException e) {
    for (Throwable error : e.getAllErrors().values().stream().flatMap(List::stream).toList()) {
      Throwable root = error;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getMessage();
      return message == null ? root.getClass().getSimpleName() : message;
    }
    return "no node answered";
  }
}
