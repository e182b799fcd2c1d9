package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * What a store reads from its serving index, and what from RocksDB: the current generation, and the
 * persons and index keys (by fingerprint) changed since it was built, read from the {@link
 * ChangeLog}. A changed person or key is read from RocksDB, so a deleted person is never returned
 * and a new one is found before the next build. Past {@link #MAX_CHANGED_KEYS} changed keys (a
 * large load into a served store) the view stops tracking and reads everything from RocksDB until
 * the next generation. Reads hold the read lock; {@link #refresh} takes the write lock.
 */
final class ServingView {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServingView.class);

  /** About 32 MB of sets; a load that changes more gets a new generation when it ends. */
  static final int MAX_CHANGED_KEYS = 2_000_000;

  private final Path servingDir;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final LongHashSet changedPersons = new LongHashSet();
  private final LongHashSet changedKeys = new LongHashSet();
  private ServingSnapshot snapshot;
  private boolean overflow;
  private long seenSeq;
  private String unreadable;

  ServingView(Path storeDir) {
    this.servingDir = ServingFiles.dir(storeDir);
  }

  Lock readLock() {
    return lock.readLock();
  }

  /** The generation reads use, or null (read everything from RocksDB). Under the read lock. */
  ServingSnapshot snapshot() {
    return overflow ? null : snapshot;
  }

  /** Whether the person is read from the snapshot. Under the read lock, with a snapshot. */
  boolean servesPerson(long personId) {
    return !changedPersons.contains(personId);
  }

  /** Whether an index key is read from the snapshot. Under the read lock, with a snapshot. */
  boolean servesKey(byte[] encodedKey) {
    return !changedKeys.contains(Keys.fingerprintOf(encodedKey));
  }

  long seenSeq() {
    lock.readLock().lock();
    try {
      return seenSeq;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Persons changed since the generation, or -1 past the tracking limit. */
  long changedPersons() {
    lock.readLock().lock();
    try {
      return overflow ? -1 : changedPersons.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Persons in the current generation (0 without one). */
  long snapshotPersons() {
    lock.readLock().lock();
    try {
      return snapshot == null ? 0 : snapshot.persons();
    } finally {
      lock.readLock().unlock();
    }
  }

  boolean hasSnapshot() {
    lock.readLock().lock();
    try {
      return snapshot != null;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Takes up a newer generation if CURRENT names one, then the change log entries after what it
   * includes, as {@code handles} sees them (a reader calls this after catching up).
   */
  void refresh(RocksDbHandles handles) throws RocksDBException {
    lock.writeLock().lock();
    try {
      String current = currentGeneration();
      if (!Objects.equals(current, snapshot == null ? null : snapshot.generation())) {
        if (snapshot != null) {
          snapshot.close(); // no read holds it: reads hold the read lock
        }
        snapshot = open(current);
        changedPersons.clear();
        changedKeys.clear();
        overflow = false;
        seenSeq = snapshot == null ? 0 : snapshot.changeSeq();
      }
      if (snapshot == null) {
        seenSeq = ChangeLog.lastSeq(handles); // everything is read from RocksDB anyway
        return;
      }
      try (RocksIterator it =
          handles.db.newIterator(handles.cf(Family.CHANGES), handles.readOptions)) {
        for (it.seek(ChangeLog.key(seenSeq + 1)); it.isValid(); it.next()) {
          if (!overflow) {
            ChangeLog.decodeInto(it.value(), changedPersons, changedKeys);
            if (changedKeys.size() > MAX_CHANGED_KEYS) {
              overflow = true;
              changedPersons.clear();
              changedKeys.clear();
            }
          }
          seenSeq = Keys.personId(it.key());
        }
        it.status();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Touches the current generation's pages while {@code budget} allows. */
  void pageIn(PageInBudget budget) {
    lock.readLock().lock();
    try {
      if (snapshot != null) {
        snapshot.pageIn(budget);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Unmaps the generation; reads after this use RocksDB alone (the store refuses them anyway). */
  void close() {
    lock.writeLock().lock();
    try {
      if (snapshot != null) {
        snapshot.close();
        snapshot = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private String currentGeneration() {
    try {
      return ServingFiles.current(servingDir);
    } catch (IOException e) {
      return null;
    }
  }

  /** Opens a generation; a writer may have replaced it meanwhile, so CURRENT is read again. */
  private ServingSnapshot open(String name) {
    for (int attempt = 0; name != null && attempt < 5; attempt++) {
      try {
        ServingSnapshot opened = ServingSnapshot.open(servingDir, name);
        unreadable = null;
        return opened;
      } catch (NoSuchFileException e) {
        name = currentGeneration();
      } catch (ServingSnapshot.OlderLayoutException e) {
        return null; // a writer builds it anew as it opens
      } catch (IOException e) {
        if (!name.equals(unreadable)) {
          unreadable = name;
          LOG.warn("the serving index {} cannot be read, so reads use the store alone", name, e);
        }
        return null;
      }
    }
    return null;
  }
}
