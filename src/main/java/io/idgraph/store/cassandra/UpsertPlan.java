package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.graph.Geo;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.PersonWrite;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes that replace one person whole, given what the person was filed under before: new and
 * kept index links (with their new quality), deletes of the links and address uses it no longer
 * has, and the person row with its reverse index. Also the changes to the counts.
 */
final class UpsertPlan {
  final List<BoundStatement> writes = new ArrayList<>();

  /** Addresses this batch stopped using: forgotten afterwards if no person uses them. */
  final Set<String> released = new LinkedHashSet<>();

  long newPersons;
  long linkDelta;
  long byteDelta;

  private final GraphStatements st;

  UpsertPlan(GraphStatements st) {
    this.st = st;
  }

  /** Adds the writes for {@code w}; {@code before} is its persons row (null if it is new). */
  void add(PersonWrite w, Row before) {
    long id = w.person().personId();
    Set<ByteBuffer> oldKeys = before == null ? Set.of() : before.getSet(0, ByteBuffer.class);
    Set<String> oldAddresses = before == null ? Set.of() : before.getSet(1, String.class);
    int oldSize = before == null || before.isNull(2) ? 0 : before.getInt(2);

    Set<ByteBuffer> newKeys = new HashSet<>();
    int size = 0;
    for (IndexEntry e : w.index()) {
      ByteBuffer key = RecordCodec.key(e.key());
      newKeys.add(key);
      size += key.remaining() + 12;
      writes.add(st.linkInsert.bind(key, id, e.quality()));
    }
    for (ByteBuffer old : oldKeys) {
      if (!newKeys.contains(old)) {
        writes.add(st.linkDelete.bind(old, id));
      }
    }
    Set<String> newAddresses = new HashSet<>();
    for (AddressEntry a : w.addresses()) {
      newAddresses.add(a.matchKey());
      size += a.matchKey().length() + a.display().length() + 16;
      writes.add(addressLink(a, id));
      for (String block : a.blockKeys()) {
        writes.add(st.blockInsert.bind(block, a.matchKey()));
      }
    }
    for (String old : oldAddresses) {
      if (!newAddresses.contains(old)) {
        writes.add(st.addressUnlink.bind(Set.of(id), old));
        released.add(old);
      }
    }
    String core = RecordCodec.core(w.person());
    Map<String, String> attributes = RecordCodec.attributes(w.person());
    size += utf8(core);
    for (String json : attributes.values()) {
      size += utf8(json);
    }
    writes.add(st.personInsert.bind(id, core, attributes, newKeys, newAddresses, size));

    newPersons += before == null ? 1 : 0;
    linkDelta += newKeys.size() - oldKeys.size();
    byteDelta += size - oldSize;
  }

  private BoundStatement addressLink(AddressEntry a, long id) {
    Geo geo = a.geo();
    return st.addressLink.bind(
        a.display(),
        geo == null ? null : geo.latitude(),
        geo == null ? null : geo.longitude(),
        a.blockKeys(),
        Set.of(id),
        a.matchKey());
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
