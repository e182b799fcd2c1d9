package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.util.Arrays;
import java.util.Collection;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * What changed since the serving index was built: one entry per upsert or delete batch, written in
 * the same atomic batch as the change itself, in the {@code changes} family. Key: an 8-byte
 * big-endian sequence number. Value: the persons written or deleted, then the fingerprints of every
 * index key whose list changed (the old and the new keys of those persons). A reader serves exactly
 * these persons and keys from RocksDB, everything else from the serving index.
 */
final class ChangeLog {
  private ChangeLog() {}

  static byte[] key(long seq) {
    return Keys.person(seq);
  }

  static byte[] encode(Collection<Long> persons, long[] fingerprints) {
    ByteWriter out = new ByteWriter(16 + persons.size() * 8 + fingerprints.length * 8);
    out.writeVarint(persons.size());
    for (long id : persons) {
      out.writeLong(id);
    }
    out.writeVarint(fingerprints.length);
    for (long fp : fingerprints) {
      out.writeLong(fp);
    }
    return out.toByteArray();
  }

  /** Adds the persons and fingerprints of one entry to the sets. */
  static void decodeInto(byte[] value, LongHashSet persons, LongHashSet fingerprints) {
    ByteReader in = new ByteReader(value);
    int n = in.readVarint();
    for (int i = 0; i < n; i++) {
      persons.add(in.readLong());
    }
    int k = in.readVarint();
    for (int i = 0; i < k; i++) {
      fingerprints.add(in.readLong());
    }
  }

  /** The sequence number of the last entry, or 0 when there is none. */
  static long lastSeq(RocksDbHandles handles) throws RocksDBException {
    try (RocksIterator it =
        handles.db.newIterator(handles.cf(Family.CHANGES), handles.readOptions)) {
      it.seekToLast();
      long last = it.isValid() ? Keys.personId(it.key()) : 0;
      it.status();
      return last;
    }
  }

  /** Collects fingerprints of a write: distinct, in first-seen order. */
  static final class Builder {
    private final LongHashSet seen = new LongHashSet();
    private long[] list = new long[64];

    void add(byte[] encodedIndexKey) {
      long fp = Keys.fingerprintOf(encodedIndexKey);
      if (!seen.contains(fp)) {
        seen.add(fp);
        if (seen.size() > list.length) {
          list = Arrays.copyOf(list, list.length * 2);
        }
        list[seen.size() - 1] = fp;
      }
    }

    byte[] encode(Collection<Long> persons) {
      return ChangeLog.encode(persons, Arrays.copyOf(list, seen.size()));
    }
  }
}
