package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.store.SharedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A {@link SharedSet} as rows of {@code state_rows} (partitions {@code set:NAME}), spread over
 * {@link #BUCKETS} partitions by the member's hash; its version is the counter {@code set:NAME},
 * added to after every change (a counter always changes when added to, whatever the writers' clocks
 * say).
 */
final class ClusterSharedSet implements SharedSet {
  static final int BUCKETS = 32;

  private final ClusterSharedState.Connection c;
  private final String name;
  private final String partition;
  private final PreparedStatement insert;
  private final PreparedStatement delete;
  private final PreparedStatement find;
  private final PreparedStatement bucket;

  ClusterSharedSet(ClusterSharedState.Connection c, String name) {
    this.c = c;
    this.name = name;
    this.partition = "set:" + name;
    insert = c.prepare("INSERT INTO KS.state_rows (name, bucket, k) VALUES (?, ?, ?)");
    delete = c.prepare("DELETE FROM KS.state_rows WHERE name = ? AND bucket = ? AND k = ?");
    find = c.prepare("SELECT k FROM KS.state_rows WHERE name = ? AND bucket = ? AND k = ?");
    bucket = c.prepare("SELECT k FROM KS.state_rows WHERE name = ? AND bucket = ?");
  }

  private static int bucketOf(String member) {
    return Math.floorMod(member.hashCode(), BUCKETS);
  }

  @Override
  public boolean contains(String member) {
    return c.execute(find.bind(partition, bucketOf(member), member)).one() != null;
  }

  @Override
  public void addAll(Collection<String> members) {
    change(members, insert);
  }

  @Override
  public void removeAll(Collection<String> members) {
    change(members, delete);
  }

  private void change(Collection<String> members, PreparedStatement statement) {
    if (members.isEmpty()) {
      return;
    }
    List<BoundStatement> writes = new ArrayList<>(members.size());
    for (String m : members) {
      writes.add(statement.bind(partition, bucketOf(m), m));
    }
    c.concurrent.writeAll(writes);
    c.addToCounter(versionName(), 1);
  }

  @Override
  public List<String> members() {
    List<String> out = new ArrayList<>();
    for (List<Row> rows : c.concurrent.rows(BUCKETS, i -> bucket.bind(partition, i))) {
      rows.forEach(r -> out.add(r.getString(0)));
    }
    return out;
  }

  @Override
  public long version() {
    return c.counter(versionName());
  }

  private String versionName() {
    return "set:" + name;
  }
}
