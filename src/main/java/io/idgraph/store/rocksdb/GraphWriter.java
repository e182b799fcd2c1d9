package io.idgraph.store.rocksdb;

import io.idgraph.store.AddressEntry;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Writes upserts and deletes, each as one atomic WriteBatch. A new person's links are blind appends
 * (the append merge operator); the lists of a replaced or deleted person's old and new keys are
 * read once per batch, rewritten without its old entries, and put back, so reloading the same data
 * never grows a list. An address whose last person goes is removed with its blocks.
 */
final class GraphWriter {
  private static final byte[] EMPTY = new byte[0];

  private final RocksDbHandles handles;

  /** Reused encoding buffers: a person's values are copied into the batch right away. */
  private static final class Scratch {
    final ByteWriter core = new ByteWriter(512);
    final ByteWriter profile = new ByteWriter(4096);
    final ByteWriter section = new ByteWriter(1024);
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The upsert batch buffer, reused: batches of a bulk load are alike in size. */
  private final BatchBuilder upsertBatch;

  /** The sequence number of the last {@link ChangeLog} entry written. */
  private long changeSeq;

  GraphWriter(RocksDbHandles handles, long changeSeq) {
    this.handles = handles;
    this.upsertBatch = new BatchBuilder(handles, 1 << 20);
    this.changeSeq = changeSeq;
  }

  synchronized long changeSeq() {
    return changeSeq;
  }

  /** An index key as stored ({@link Keys#index}), with the quality of the person's link. */
  record StoredLink(byte[] key, float quality) {}

  /** A person's write with its keys encoded and deduplicated (highest quality wins). */
  record Planned(
      PersonWrite write,
      byte[] idKey,
      List<StoredLink> index,
      Map<ByteBuffer, AddressEntry> addresses,
      ReverseEntry old) {

    long personId() {
      return write.person().personId();
    }

    ReverseEntry reverse() {
      List<byte[]> indexKeys = new ArrayList<>(index.size());
      index.forEach(link -> indexKeys.add(link.key()));
      List<byte[]> addressKeys = new ArrayList<>(addresses.size());
      addresses.keySet().forEach(k -> addressKeys.add(k.array()));
      return new ReverseEntry(indexKeys, addressKeys);
    }
  }

  synchronized void upsert(List<PersonWrite> batch) throws RocksDBException {
    Map<Long, PersonWrite> byId = new LinkedHashMap<>(batch.size() * 2);
    for (PersonWrite write : batch) {
      byId.put(write.person().personId(), write); // the last write of a person wins
    }
    List<byte[]> idKeys = new ArrayList<>(byId.size());
    byId.keySet().forEach(id -> idKeys.add(Keys.person(id)));
    List<byte[]> olds = handles.multiGet(Family.REVERSE, idKeys);

    List<Planned> planned = new ArrayList<>(byId.size());
    ChangeLog.Builder changed = new ChangeLog.Builder();
    List<ByteBuffer> rewriteIndex = new ArrayList<>();
    List<ByteBuffer> rewriteRefs = new ArrayList<>();
    int i = 0;
    for (PersonWrite write : byId.values()) {
      byte[] oldBytes = olds.get(i);
      Planned p =
          plan(write, idKeys.get(i), oldBytes == null ? null : ReverseEntry.decode(oldBytes));
      planned.add(p);
      p.index.forEach(link -> changed.add(link.key()));
      if (p.old != null) {
        p.old.indexKeys().forEach(changed::add);
        rewriteIndex.addAll(wrap(p.old.indexKeys()));
        p.index.forEach(link -> rewriteIndex.add(ByteBuffer.wrap(link.key())));
        rewriteRefs.addAll(wrap(p.old.addressKeys()));
        rewriteRefs.addAll(p.addresses.keySet());
      }
      i++;
    }
    PendingLists index = new PendingLists(handles, Family.INDEX);
    PendingLists refs = new PendingLists(handles, Family.ADDRESS_REFS);
    index.load(rewriteIndex);
    refs.load(rewriteRefs);
    for (Planned p : planned) {
      if (p.old != null) {
        index.remove(p.personId(), wrap(p.old.indexKeys()));
        refs.remove(p.personId(), wrap(p.old.addressKeys()));
      }
    }
    planned.sort(Comparator.comparingLong(Planned::personId)); // key order: cheaper inserts
    BatchBuilder wb = upsertBatch.reset();
    Dictionary dictionary = handles.dictionary();
    for (Planned p : planned) {
      write(wb, p, index, refs, dictionary);
    }
    index.flush(wb);
    dropAddresses(wb, refs.flush(wb));
    wb.put(Family.CHANGES, ChangeLog.key(changeSeq + 1), changed.encode(byId.keySet()));
    commit(wb);
    changeSeq++;
  }

  synchronized boolean delete(long personId) throws RocksDBException {
    byte[] idKey = Keys.person(personId);
    byte[] oldBytes = handles.db.get(handles.cf(Family.REVERSE), handles.readOptions, idKey);
    if (oldBytes == null) {
      handles.db.delete(handles.cf(Family.DEFAULT), handles.writeOptions, Keys.lineage(personId));
      return false;
    }
    ReverseEntry old = ReverseEntry.decode(oldBytes);
    PendingLists index = new PendingLists(handles, Family.INDEX);
    PendingLists refs = new PendingLists(handles, Family.ADDRESS_REFS);
    index.load(wrap(old.indexKeys()));
    refs.load(wrap(old.addressKeys()));
    index.remove(personId, wrap(old.indexKeys()));
    refs.remove(personId, wrap(old.addressKeys()));
    BatchBuilder wb = new BatchBuilder(handles, 4096);
    wb.delete(Family.PERSONS, idKey);
    wb.delete(Family.PROFILES, idKey);
    wb.delete(Family.REVERSE, idKey);
    wb.delete(Family.DEFAULT, Keys.lineage(personId));
    index.flush(wb);
    dropAddresses(wb, refs.flush(wb));
    ChangeLog.Builder changed = new ChangeLog.Builder();
    old.indexKeys().forEach(changed::add);
    wb.put(Family.CHANGES, ChangeLog.key(changeSeq + 1), changed.encode(List.of(personId)));
    commit(wb);
    changeSeq++;
    return true;
  }

  /** Puts or replaces lineage entries, in one atomic batch. */
  synchronized void putLineage(Map<Long, byte[]> encoded) throws RocksDBException {
    BatchBuilder wb = new BatchBuilder(handles, 4096);
    encoded.forEach((id, value) -> wb.put(Family.DEFAULT, Keys.lineage(id), value));
    commit(wb);
  }

  private void commit(BatchBuilder builder) throws RocksDBException {
    try (WriteBatch batch = builder.build()) {
      handles.db.write(handles.writeOptions, batch);
    }
  }

  static Planned plan(PersonWrite write, byte[] idKey, ReverseEntry old) {
    List<IndexEntry> entries = write.index() == null ? List.of() : write.index();
    // a PersonWrite's keys are distinct (its makers merge them), so none is merged again here
    List<StoredLink> index = new ArrayList<>(entries.size());
    for (IndexEntry entry : entries) {
      index.add(new StoredLink(Keys.index(entry.key()), entry.quality()));
    }
    List<AddressEntry> addressList = write.addresses() == null ? List.of() : write.addresses();
    Map<ByteBuffer, AddressEntry> addresses = new LinkedHashMap<>(addressList.size() * 2);
    for (AddressEntry address : addressList) {
      addresses.put(ByteBuffer.wrap(Keys.utf8(address.matchKey())), address);
    }
    return new Planned(write, idKey, index, addresses, old);
  }

  private static void write(
      BatchBuilder wb, Planned p, PendingLists index, PendingLists refs, Dictionary dictionary) {
    long personId = p.personId();
    for (StoredLink link : p.index) {
      index.link(ByteBuffer.wrap(link.key()), personId, link.quality());
    }
    for (Map.Entry<ByteBuffer, AddressEntry> entry : p.addresses.entrySet()) {
      byte[] matchKey = entry.getKey().array();
      refs.link(entry.getKey(), personId, 0f);
      wb.put(Family.ADDRESSES, matchKey, AddressCodec.encode(entry.getValue()));
      for (String block : AddressCodec.blockKeys(entry.getValue())) {
        wb.put(Family.ADDRESS_BLOCKS, Keys.blockEntry(block, matchKey), EMPTY);
      }
    }
    Scratch scratch = SCRATCH.get();
    scratch.core.reset();
    scratch.profile.reset();
    PersonCodec.encodeCore(scratch.core, p.write.person());
    wb.put(Family.PERSONS, p.idKey, scratch.core);
    PersonCodec.encodeProfile(
        scratch.profile, scratch.core, p.write.person(), dictionary, scratch.section);
    wb.put(Family.PROFILES, p.idKey, scratch.profile);
    wb.put(Family.REVERSE, p.idKey, p.reverse().encode());
  }

  /** Removes addresses no person has any more, with their block entries. */
  private void dropAddresses(BatchBuilder wb, List<byte[]> matchKeys) throws RocksDBException {
    List<byte[]> entries = handles.multiGet(Family.ADDRESSES, matchKeys);
    for (int i = 0; i < matchKeys.size(); i++) {
      byte[] matchKey = matchKeys.get(i);
      byte[] entry = entries.get(i);
      wb.delete(Family.ADDRESSES, matchKey);
      if (entry != null) {
        for (String block : AddressCodec.decode("", entry).blockKeys()) {
          wb.delete(Family.ADDRESS_BLOCKS, Keys.blockEntry(block, matchKey));
        }
      }
    }
  }

  private static List<ByteBuffer> wrap(List<byte[]> keys) {
    List<ByteBuffer> out = new ArrayList<>(keys.size());
    for (byte[] key : keys) {
      out.add(ByteBuffer.wrap(key));
    }
    return out;
  }
}
