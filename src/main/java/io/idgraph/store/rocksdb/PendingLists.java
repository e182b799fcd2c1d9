package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.RocksDBException;

/**
 * The posting-list writes of one column family in one batch. Lists of keys a replaced or deleted
 * person had or gets are read once and rewritten whole; other links are blind appends. Writes go to
 * the batch in key order, which makes memtable inserts several times cheaper than random order.
 */
final class PendingLists {
  private static final Comparator<Op> BY_KEY =
      (a, b) -> {
        int c = Long.compareUnsigned(a.head, b.head);
        return c != 0 ? c : Arrays.compareUnsigned(a.key, b.key);
      };

  /** A write; value null: delete. {@code head} is the key's first 8 bytes, for a cheap sort. */
  private record Op(byte[] key, byte[] value, long head) {
    Op(byte[] key, byte[] value) {
      this(key, value, head(key));
    }

    private static long head(byte[] key) {
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (i < key.length ? key[i] & 0xFF : 0);
      }
      return h;
    }
  }

  private final RocksDbHandles handles;
  private final Family family;
  private final Map<ByteBuffer, Postings> lists = new HashMap<>();
  private final List<Op> appends = new ArrayList<>();

  PendingLists(RocksDbHandles handles, Family family) {
    this.handles = handles;
    this.family = family;
  }

  /** Reads the current lists of these keys with one multiGet. */
  void load(Collection<ByteBuffer> keys) throws RocksDBException {
    List<byte[]> raw = new ArrayList<>(keys.size());
    List<ByteBuffer> wanted = new ArrayList<>(keys.size());
    for (ByteBuffer key : keys) {
      if (!lists.containsKey(key)) {
        lists.put(key, Postings.empty());
        wanted.add(key);
        raw.add(key.array());
      }
    }
    List<byte[]> values = handles.multiGet(family, raw);
    for (int i = 0; i < wanted.size(); i++) {
      lists.put(wanted.get(i), Postings.decode(values.get(i)));
    }
  }

  void remove(long personId, Collection<ByteBuffer> keys) {
    for (ByteBuffer key : keys) {
      Postings postings = lists.get(key);
      if (postings != null) {
        postings.remove(personId);
      }
    }
  }

  /** Links the person to the key: in the held list if there is one, else by a blind append. */
  void link(ByteBuffer key, long personId, float quality) {
    Postings postings = lists.get(key);
    if (postings != null) {
      postings.put(personId, quality);
    } else {
      appends.add(new Op(key.array(), Postings.entry(personId, quality)));
    }
  }

  /**
   * Adds every write to the batch in key order: the appends as merges, the held lists as puts
   * (deletes when left empty). Returns the keys left without any person.
   */
  List<byte[]> flush(BatchBuilder batch) {
    List<byte[]> emptied = new ArrayList<>();
    List<Op> rewrites = new ArrayList<>(lists.size());
    for (Map.Entry<ByteBuffer, Postings> entry : lists.entrySet()) {
      byte[] key = entry.getKey().array();
      Postings postings = entry.getValue();
      rewrites.add(new Op(key, postings.isEmpty() ? null : postings.encode()));
      if (postings.isEmpty()) {
        emptied.add(key);
      }
    }
    // no key is both appended and rewritten, so the order between them does not matter
    rewrites.sort(BY_KEY);
    appends.sort(BY_KEY);
    for (Op op : rewrites) {
      if (op.value == null) {
        batch.delete(family, op.key);
      } else {
        batch.put(family, op.key, op.value);
      }
    }
    for (Op op : appends) {
      batch.merge(family, op.key, op.value);
    }
    return emptied;
  }
}
