package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.idgraph.store.EntryLog;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An {@link EntryLog} in the keyspace: one partition per (log, key) in {@code log_entries}, rows
 * ordered by a time-based id; the keys of a log, with when each was last appended to, in one
 * partition of {@code log_keys}. Nothing expires (the data dir's logs do not either).
 */
final class ClusterEntryLog implements EntryLog {
  static final List<String> TABLES =
      List.of(
          "log_entries (log text, key text, at timeuuid, body blob, PRIMARY KEY ((log, key), at))",
          "log_keys (log text, key text, last_at timestamp, PRIMARY KEY (log, key))");

  private final CqlSession session;
  private final String log;
  private final PreparedStatement insert;
  private final PreparedStatement touch;
  private final PreparedStatement select;
  private final PreparedStatement first;
  private final PreparedStatement keys;

  ClusterEntryLog(CqlSession session, String ks, String log) {
    this.session = session;
    this.log = log;
    insert =
        session.prepare(
            "INSERT INTO " + ks + ".log_entries (log, key, at, body) VALUES (?, ?, ?, ?)");
    touch = session.prepare("INSERT INTO " + ks + ".log_keys (log, key, last_at) VALUES (?, ?, ?)");
    select = session.prepare("SELECT body FROM " + ks + ".log_entries WHERE log = ? AND key = ?");
    first =
        session.prepare("SELECT at FROM " + ks + ".log_entries WHERE log = ? AND key = ? LIMIT 1");
    keys = session.prepare("SELECT key, last_at FROM " + ks + ".log_keys WHERE log = ?");
  }

  @Override
  public void append(String key, byte[] entry) {
    // the id is fixed before the write, so a retried write lands on the same row
    var at = Uuids.timeBased();
    new Concurrent(session, 2)
        .writeAll(
            List.of(
                insert.bind(log, key, at, ByteBuffer.wrap(entry)),
                touch.bind(log, key, Instant.ofEpochMilli(Uuids.unixTimestamp(at)))));
  }

  @Override
  public List<byte[]> entries(String key) {
    List<byte[]> out = new ArrayList<>();
    try {
      for (Row row : session.execute(select.bind(log, key))) {
        out.add(ClusterStateDocument.bytes(row.getByteBuffer(0)));
      }
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
    return out;
  }

  @Override
  public boolean has(String key) {
    try {
      return session.execute(first.bind(log, key)).one() != null;
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
  }

  @Override
  public List<String> keys() {
    List<Map.Entry<String, Instant>> found = new ArrayList<>();
    try {
      for (Row row : session.execute(keys.bind(log))) {
        Instant last = row.getInstant(1);
        found.add(Map.entry(row.getString(0), last == null ? Instant.EPOCH : last));
      }
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
    found.sort(Map.Entry.<String, Instant>comparingByValue(Comparator.reverseOrder()));
    return found.stream().map(Map.Entry::getKey).toList();
  }
}
