package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.Geo;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.StoreStats;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity graph on an Apache Cassandra cluster (or ScyllaDB). Every batched read is many
 * concurrent single-partition reads, routed by the driver to a replica of each partition; every
 * write batch is many concurrent single-partition writes, bounded in flight, acknowledged at the
 * URI's consistency before {@link #upsert} returns. One writer process per keyspace holds a lease
 * ({@link WriterLease}); readers need none.
 */
public final class CassandraIdentityStore implements IdentityStore {
  private static final Logger LOG = LoggerFactory.getLogger(CassandraIdentityStore.class);

  /** Requests outstanding at once per process: enough to keep three nodes busy, no more. */
  static final int MAX_IN_FLIGHT = 256;

  private static final String PERSONS = "persons";
  private static final String LINKS = "index_links";
  private static final String BYTES = "bytes";

  private final CassandraUri uri;
  private final ClusterSharedState shared;
  private final CqlSession session;
  private final GraphStatements st;
  private final Concurrent concurrent;
  private final WriterLease lease;

  /** On the process's one connection to the cluster, which made the keyspace and its tables. */
  private CassandraIdentityStore(CassandraUri uri, ClusterSharedState shared, boolean writable) {
    this.uri = uri;
    this.shared = shared;
    this.session = shared.session();
    try {
      this.st = new GraphStatements(session, uri.keyspace());
      this.concurrent = new Concurrent(session, MAX_IN_FLIGHT);
      this.lease = writable ? WriterLease.take(session, uri) : null;
    } catch (RuntimeException e) {
      shared.close();
      throw e instanceof IdgraphException ? e : Concurrent.failure(e);
    }
  }

  /** Opens the graph for writing (creating the keyspace and tables if needed). */
  public static CassandraIdentityStore openWritable(CassandraUri uri) {
    return new CassandraIdentityStore(uri, ClusterSharedState.open(uri), true);
  }

  /** Opens the graph for reading; it sees every acknowledged write at once. */
  public static CassandraIdentityStore openReader(CassandraUri uri) {
    return new CassandraIdentityStore(uri, ClusterSharedState.open(uri), false);
  }

  @Override
  public void upsert(List<PersonWrite> batch) {
    requireWriter();
    Map<Long, PersonWrite> last = new LinkedHashMap<>();
    for (PersonWrite w : batch) {
      last.remove(w.person().personId());
      last.put(w.person().personId(), w);
    }
    List<PersonWrite> writes = new ArrayList<>(last.values());
    List<List<Row>> before =
        concurrent.rows(writes.size(), i -> st.personState.bind(writes.get(i).person().personId()));
    UpsertPlan plan = new UpsertPlan(st);
    for (int i = 0; i < writes.size(); i++) {
      plan.add(writes.get(i), first(before.get(i)));
    }
    concurrent.writeAll(plan.writes);
    forgetUnused(plan.released);
    count(plan.newPersons, plan.linkDelta, plan.byteDelta);
  }

  @Override
  public List<List<Link>> lookup(List<IndexKey> keys) {
    List<List<Row>> rows =
        concurrent.rows(keys.size(), i -> st.lookup.bind(RecordCodec.key(keys.get(i))));
    List<List<Link>> out = new ArrayList<>(keys.size());
    for (List<Row> hit : rows) {
      List<Link> links = new ArrayList<>(hit.size());
      for (Row r : hit) {
        links.add(new Link(r.getLong(0), r.getFloat(1)));
      }
      out.add(links);
    }
    return out;
  }

  @Override
  public List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains) {
    List<List<Row>> rows = concurrent.rows(personIds.length, i -> st.personRead.bind(personIds[i]));
    List<PersonRecord> out = new ArrayList<>(personIds.length);
    for (int i = 0; i < personIds.length; i++) {
      Row r = first(rows.get(i));
      out.add(
          r == null || r.isNull(0)
              ? null
              : RecordCodec.person(
                  personIds[i],
                  r.getString(0),
                  r.getMap(1, String.class, String.class),
                  attributeDomains));
    }
    return out;
  }

  @Override
  public Map<String, AddressEntry> addresses(Collection<String> matchKeys) {
    List<String> keys = List.copyOf(matchKeys);
    List<List<Row>> rows = concurrent.rows(keys.size(), i -> st.addressRead.bind(keys.get(i)));
    Map<String, AddressEntry> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Row r = first(rows.get(i));
      if (r != null && !r.isNull(0)) {
        Geo geo = r.isNull(1) || r.isNull(2) ? null : new Geo(r.getDouble(1), r.getDouble(2));
        out.put(
            keys.get(i),
            new AddressEntry(keys.get(i), r.getString(0), geo, r.getList(3, String.class)));
      }
    }
    return out;
  }

  @Override
  public List<String> addressBlock(String blockKey, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<Row> rows = concurrent.rows(1, i -> st.blockRead.bind(blockKey, limit)).get(0);
    List<String> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.getString(0));
    }
    return out;
  }

  @Override
  public List<IndexKey> keysOf(long personId) {
    Row r = first(concurrent.rows(1, i -> st.personState.bind(personId)).get(0));
    if (r == null) {
      return List.of();
    }
    List<IndexKey> keys = new ArrayList<>();
    for (ByteBuffer stored : r.getSet(0, ByteBuffer.class)) {
      keys.add(RecordCodec.key(stored));
    }
    return keys;
  }

  @Override
  public List<PersonLineage> lineage(long[] personIds) {
    List<List<Row>> rows =
        concurrent.rows(personIds.length, i -> st.lineageRead.bind(personIds[i]));
    List<PersonLineage> out = new ArrayList<>(personIds.length);
    for (List<Row> hit : rows) {
      Row r = first(hit);
      out.add(r == null || r.isNull(0) ? null : RecordCodec.lineage(r.getString(0)));
    }
    return out;
  }

  @Override
  public void putLineage(Map<Long, PersonLineage> lineage) {
    requireWriter();
    List<BoundStatement> writes = new ArrayList<>(lineage.size());
    lineage.forEach((id, l) -> writes.add(st.lineageInsert.bind(id, RecordCodec.lineage(l))));
    concurrent.writeAll(writes);
  }

  @Override
  public boolean delete(long personId) {
    requireWriter();
    Row before = first(concurrent.rows(1, i -> st.personState.bind(personId)).get(0));
    List<BoundStatement> writes = new ArrayList<>();
    writes.add(st.lineageDelete.bind(personId));
    if (before == null) {
      concurrent.writeAll(writes);
      return false;
    }
    Set<ByteBuffer> keys = before.getSet(0, ByteBuffer.class);
    Set<String> addresses = before.getSet(1, String.class);
    for (ByteBuffer key : keys) {
      writes.add(st.linkDelete.bind(key, personId));
    }
    for (String address : addresses) {
      writes.add(st.addressUnlink.bind(Set.of(personId), address));
    }
    writes.add(st.personDelete.bind(personId));
    concurrent.writeAll(writes);
    forgetUnused(addresses);
    count(-1, -keys.size(), before.isNull(2) ? 0 : -before.getInt(2));
    return true;
  }

  @Override
  public StoreStats stats() {
    List<String> names = List.of(PERSONS, LINKS, BYTES);
    List<List<Row>> rows = concurrent.rows(names.size(), i -> st.countRead.bind(names.get(i)));
    long[] values = new long[names.size()];
    for (int i = 0; i < values.length; i++) {
      Row r = first(rows.get(i));
      values[i] = r == null ? 0 : Math.max(0, r.getLong(0));
    }
    return new StoreStats(values[0], values[1], values[2]);
  }

  @Override
  public void close() {
    try {
      if (lease != null) {
        lease.close();
      }
    } finally {
      shared.close();
    }
  }

  @Override
  public String toString() {
    return "cassandra store " + uri.keyspace() + " at " + uri.hostList();
  }

  /** Addresses no person uses any more are removed with their block entries. */
  private void forgetUnused(Collection<String> released) {
    if (released.isEmpty()) {
      return;
    }
    List<String> keys = List.copyOf(released);
    List<List<Row>> rows = concurrent.rows(keys.size(), i -> st.addressUse.bind(keys.get(i)));
    List<BoundStatement> deletes = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Row r = first(rows.get(i));
      if (r != null && r.getSet(0, Long.class).isEmpty()) {
        for (String block : r.getList(1, String.class)) {
          deletes.add(st.blockDelete.bind(block, keys.get(i)));
        }
        deletes.add(st.addressDelete.bind(keys.get(i)));
      }
    }
    concurrent.writeAll(deletes);
  }

  /**
   * Stats are counters, updated after the data is written and never retried (a counter update is
   * not idempotent): a failed update leaves the stats an estimate, never fails the write.
   */
  private void count(long persons, long links, long bytes) {
    try {
      List<BoundStatement> updates = new ArrayList<>(3);
      if (persons != 0) {
        updates.add(st.countAdd.bind(persons, PERSONS));
      }
      if (links != 0) {
        updates.add(st.countAdd.bind(links, LINKS));
      }
      if (bytes != 0) {
        updates.add(st.countAdd.bind(bytes, BYTES));
      }
      concurrent.writeAll(updates);
    } catch (IdgraphException e) {
      LOG.warn("store stats not updated (they stay an estimate): {}", e.getMessage());
    }
  }

  private void requireWriter() {
    if (lease == null) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "this store was opened for reading; writes need a writer (idgraph load or build)");
    }
    lease.check();
  }

  private static Row first(List<Row> rows) {
    return rows.isEmpty() ? null : rows.get(0);
  }
}
