package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.SharedLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link SharedLog} in {@code state_log}: one partition per log, UTC hour and bucket (a random
 * one of {@link #BUCKETS} per record, so a busy hour spreads over several nodes and no partition
 * grows past about a million records at 2,000 records a second), rows ordered by time. The hours
 * that have records are listed in {@code state_rows} (partition {@code log-hours:NAME}), so a read
 * or a prune visits only those; a keyed record has a copy in partition ({@code NAME#key}, key). At
 * most {@link #MAX_IN_FLIGHT} appends of one process wait on the cluster at once; the rest queue
 * for a permit.
 */
final class ClusterSharedLog implements SharedLog {
  static final int BUCKETS = 8;
  static final int MAX_IN_FLIGHT = 64;
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
  private static final Semaphore APPENDS = new Semaphore(MAX_IN_FLIGHT);

  private final ClusterSharedState.Connection c;
  private final String name;
  private final String hourIndex;
  private final String byKey;
  private final Set<String> hoursWritten = ConcurrentHashMap.newKeySet();
  private final PreparedStatement insert;
  private final PreparedStatement insertWithKey;
  private final PreparedStatement insertHour;
  private final PreparedStatement hoursFrom;
  private final PreparedStatement readPartition;
  private final PreparedStatement readKeys;
  private final PreparedStatement findKey;
  private final PreparedStatement deletePartition;
  private final PreparedStatement deleteKeyed;
  private final PreparedStatement deleteHour;

  ClusterSharedLog(ClusterSharedState.Connection c, String name) {
    this.c = c;
    this.name = name;
    this.hourIndex = "log-hours:" + name;
    this.byKey = name + "#key";
    // two forms, so that a record without a key writes no null (a null is a tombstone)
    insert =
        c.prepare(
            "INSERT INTO KS.state_log (log, part, bucket, at, id, record)"
                + " VALUES (?, ?, ?, ?, ?, ?) USING TTL ?");
    insertWithKey =
        c.prepare(
            "INSERT INTO KS.state_log (log, part, bucket, at, id, key, record)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) USING TTL ?");
    insertHour = c.prepare("INSERT INTO KS.state_rows (name, bucket, k) VALUES (?, 0, ?)");
    hoursFrom = c.prepare("SELECT k FROM KS.state_rows WHERE name = ? AND bucket = 0 AND k >= ?");
    readPartition =
        c.prepare(
            "SELECT at, id, record FROM KS.state_log"
                + " WHERE log = ? AND part = ? AND bucket = ? AND at >= ?");
    readKeys =
        c.prepare("SELECT key, at, id FROM KS.state_log WHERE log = ? AND part = ? AND bucket = ?");
    findKey =
        c.prepare("SELECT record FROM KS.state_log WHERE log = ? AND part = ? AND bucket = 0");
    deletePartition =
        c.prepare("DELETE FROM KS.state_log WHERE log = ? AND part = ? AND bucket = ?");
    deleteKeyed =
        c.prepare(
            "DELETE FROM KS.state_log WHERE log = ? AND part = ? AND bucket = 0 AND at = ? AND id = ?");
    deleteHour = c.prepare("DELETE FROM KS.state_rows WHERE name = ? AND bucket = 0 AND k = ?");
  }

  @Override
  public void append(Instant at, String key, String record, Duration keepFor) {
    int ttl = keepFor == null ? 0 : (int) Math.min(Integer.MAX_VALUE, keepFor.toSeconds());
    if (keepFor != null && ttl < 1) {
      return; // already past its keeping time
    }
    String hour = HOUR.format(at);
    UUID id = UUID.randomUUID();
    int bucket = ThreadLocalRandom.current().nextInt(BUCKETS);
    acquire();
    try {
      if (!hoursWritten.contains(hour)) {
        c.execute(insertHour.bind(hourIndex, hour)); // before the record, so a reader finds it
        hoursWritten.add(hour);
      }
      List<BoundStatement> writes = new ArrayList<>(2);
      if (key == null) {
        writes.add(insert.bind(name, hour, bucket, at, id, record, ttl));
      } else {
        writes.add(insertWithKey.bind(name, hour, bucket, at, id, key, record, ttl));
        writes.add(insertWithKey.bind(byKey, key, 0, at, id, key, record, ttl));
      }
      c.concurrent.writeAll(writes);
    } finally {
      APPENDS.release();
    }
  }

  private static void acquire() {
    try {
      APPENDS.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "interrupted writing a log record");
    }
  }

  private record Entry(Instant at, UUID id, String record) {}

  @Override
  public List<String> read(Instant since) {
    Instant from = since == null ? Instant.EPOCH : since;
    List<String> hours = hours(since == null ? "" : HOUR.format(since));
    List<Entry> entries = new ArrayList<>();
    List<List<Row>> partitions =
        c.concurrent.rows(
            hours.size() * BUCKETS,
            i -> readPartition.bind(name, hours.get(i / BUCKETS), i % BUCKETS, from));
    for (List<Row> rows : partitions) {
      for (Row r : rows) {
        entries.add(new Entry(r.getInstant(0), r.getUuid(1), r.getString(2)));
      }
    }
    entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id));
    return entries.stream().map(Entry::record).toList();
  }

  private List<String> hours(String from) {
    return firstColumn(hoursFrom.bind(hourIndex, from));
  }

  @Override
  public List<String> find(String key) {
    return firstColumn(findKey.bind(byKey, key));
  }

  /** The text in the first column of each row the query returns. */
  private List<String> firstColumn(BoundStatement query) {
    List<String> out = new ArrayList<>();
    for (Row r : c.execute(query)) {
      out.add(r.getString(0));
    }
    return out;
  }

  @Override
  public int prune(Instant cutoff) {
    LocalDate keepFrom = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
    Set<String> days = new LinkedHashSet<>();
    for (String hour : hours("")) {
      LocalDate day = LocalDate.parse(hour.substring(0, 10));
      if (!day.isBefore(keepFrom)) {
        break; // hours are in order
      }
      List<BoundStatement> deletes = new ArrayList<>();
      List<List<Row>> partitions = c.concurrent.rows(BUCKETS, b -> readKeys.bind(name, hour, b));
      for (List<Row> rows : partitions) {
        for (Row r : rows) {
          if (!r.isNull(0)) {
            deletes.add(deleteKeyed.bind(byKey, r.getString(0), r.getInstant(1), r.getUuid(2)));
          }
        }
      }
      for (int b = 0; b < BUCKETS; b++) {
        deletes.add(deletePartition.bind(name, hour, b));
      }
      c.concurrent.writeAll(deletes);
      c.execute(deleteHour.bind(hourIndex, hour)); // last: a prune cut short is finished next time
      hoursWritten.remove(hour);
      days.add(hour.substring(0, 10));
    }
    return days.size();
  }
}
