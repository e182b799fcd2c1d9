package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Posting lists of one column family read for a read-modify-write within one batch: the keys a
 * replaced or deleted person had or gets. Keys not held here are written by blind appends.
 */
final class PendingLists {
  private final RocksDbHandles handles;
  private final Family family;
  private final Map<ByteBuffer, Postings> lists = new HashMap<>();

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

  /** Links the person to the key: in the pending list if held, else by a blind append. */
  void link(WriteBatch batch, ByteBuffer key, long personId, float quality)
      throws RocksDBException {
    Postings postings = lists.get(key);
    if (postings != null) {
      postings.put(personId, quality);
    } else {
      batch.merge(handles.cf(family), key.array(), Postings.entry(personId, quality));
    }
  }

  /** Writes every held list (deleting the empty ones) and returns the keys left empty. */
  List<byte[]> flush(WriteBatch batch) throws RocksDBException {
    List<byte[]> emptied = new ArrayList<>();
    for (Map.Entry<ByteBuffer, Postings> entry : lists.entrySet()) {
      byte[] key = entry.getKey().array();
      if (entry.getValue().isEmpty()) {
        batch.delete(handles.cf(family), key);
        emptied.add(key);
      } else {
        batch.put(handles.cf(family), key, entry.getValue().encode());
      }
    }
    return emptied;
  }
}
