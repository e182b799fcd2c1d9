package io.idgraph.store.rocksdb;

import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.StoreStats;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * The embedded store engine. A writable store is the one RocksDB primary of its dir (a second
 * writer gets STORE_UNAVAILABLE). A reader is a RocksDB secondary instance: it opens while a writer
 * holds the dir, several may run at once, and it catches up with the writer's new data at most once
 * per catch-up interval, on the next read. See {@link GraphWriter} for the write path and {@link
 * PersonCodec}, {@link Postings}, {@link Keys} for the stored formats.
 */
public final class RocksDbIdentityStore implements IdentityStore {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RocksDbIdentityStore.class);

  /** How stale a reader may be before a read first catches up with the writer. */
  public static final Duration DEFAULT_CATCH_UP = Duration.ofSeconds(1);

  /**
   * A writer that upserted at least this many persons compacts the families reads use when it
   * closes, so that reads meet one sorted run instead of several levels and level-0 files.
   */
  static final long BULK_LOAD_PERSONS = 100_000;

  private final Path dir;
  private final RocksDbHandles handles;
  private final GraphWriter writer;
  private final SecondaryFollower follower;
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private boolean closed;

  private RocksDbIdentityStore(Path dir, RocksDbHandles handles, SecondaryFollower follower) {
    this.dir = dir;
    this.handles = handles;
    this.writer = follower == null ? new GraphWriter(handles) : null;
    this.follower = follower;
  }

  /** Opens (creating if needed) the store in {@code dir} as its one writer. */
  public static RocksDbIdentityStore openWritable(Path dir) {
    StoreFiles.createDirectories(dir);
    return new RocksDbIdentityStore(dir, RocksDbHandles.openPrimary(dir), null);
  }

  /** Opens a reader that follows a writer, if any; an absent store is created empty first. */
  public static RocksDbIdentityStore openReader(Path dir) {
    return openReader(dir, DEFAULT_CATCH_UP);
  }

  /** As {@link #openReader(Path)}; {@code catchUp} zero catches up before every read. */
  public static RocksDbIdentityStore openReader(Path dir, Duration catchUp) {
    if (!StoreFiles.exists(dir)) {
      StoreFiles.createEmpty(dir);
    }
    Path scratch = StoreFiles.scratchDir();
    try {
      RocksDbHandles handles = RocksDbHandles.openSecondary(dir, scratch);
      return new RocksDbIdentityStore(
          dir, handles, new SecondaryFollower(handles, scratch, catchUp));
    } catch (RuntimeException e) {
      StoreFiles.deleteTree(scratch);
      throw e;
    }
  }

  @Override
  public void upsert(List<PersonWrite> batch) {
    if (batch.isEmpty()) {
      return;
    }
    requireWritable();
    call(
        () -> {
          writer.upsert(batch);
          return null;
        });
  }

  @Override
  public boolean delete(long personId) {
    requireWritable();
    return call(() -> writer.delete(personId));
  }

  @Override
  public List<PersonLineage> lineage(long[] personIds) {
    List<byte[]> keys = new ArrayList<>(personIds.length);
    for (long id : personIds) {
      keys.add(Keys.lineage(id));
    }
    List<byte[]> values = call(() -> handles.multiGet(Family.DEFAULT, keys));
    List<PersonLineage> out = new ArrayList<>(personIds.length);
    for (int i = 0; i < personIds.length; i++) {
      byte[] value = i < values.size() ? values.get(i) : null;
      out.add(value == null ? null : Json.MAPPER.readValue(value, PersonLineage.class));
    }
    return out;
  }

  @Override
  public void putLineage(Map<Long, PersonLineage> lineage) {
    if (lineage.isEmpty()) {
      return;
    }
    requireWritable();
    Map<Long, byte[]> encoded = new LinkedHashMap<>();
    lineage.forEach((id, l) -> encoded.put(id, Json.MAPPER.writeValueAsBytes(l)));
    call(
        () -> {
          writer.putLineage(encoded);
          return null;
        });
  }

  @Override
  public List<List<Link>> lookup(List<IndexKey> keys) {
    List<byte[]> encoded = new ArrayList<>(keys.size());
    for (IndexKey key : keys) {
      encoded.add(Keys.index(key));
    }
    List<byte[]> values = call(() -> handles.multiGet(Family.INDEX, encoded));
    List<List<Link>> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      byte[] value = i < values.size() ? values.get(i) : null;
      out.add(value == null ? List.of() : Postings.links(value));
    }
    return out;
  }

  @Override
  public List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains) {
    List<byte[]> keys = new ArrayList<>(personIds.length);
    for (long id : personIds) {
      keys.add(Keys.person(id));
    }
    boolean withProfiles = attributeDomains == null || !attributeDomains.isEmpty();
    return call(
        () -> {
          // the core alone serves contacts; a profile holds a copy of the core and the attributes
          List<byte[]> values =
              handles.multiGet(withProfiles ? Family.PROFILES : Family.PERSONS, keys);
          Dictionary dictionary = withProfiles ? handles.dictionary() : null;
          List<PersonRecord> out = new ArrayList<>(personIds.length);
          for (int i = 0; i < personIds.length; i++) {
            byte[] value = values.get(i);
            if (value == null) {
              out.add(null);
            } else if (withProfiles) {
              out.add(PersonCodec.decodeProfile(personIds[i], value, attributeDomains, dictionary));
            } else {
              out.add(PersonCodec.decodeCore(personIds[i], value));
            }
          }
          return out;
        });
  }

  @Override
  public Map<String, AddressEntry> addresses(Collection<String> matchKeys) {
    List<String> wanted = List.copyOf(matchKeys);
    List<byte[]> keys = new ArrayList<>(wanted.size());
    wanted.forEach(k -> keys.add(Keys.utf8(k)));
    List<byte[]> values = call(() -> handles.multiGet(Family.ADDRESSES, keys));
    Map<String, AddressEntry> out = new HashMap<>(wanted.size() * 2);
    for (int i = 0; i < wanted.size(); i++) {
      byte[] value = i < values.size() ? values.get(i) : null;
      if (value != null) {
        out.put(wanted.get(i), AddressCodec.decode(wanted.get(i), value));
      }
    }
    return out;
  }

  @Override
  public List<String> addressBlock(String blockKey, int limit) {
    byte[] prefix = Keys.blockPrefix(blockKey);
    return call(
        () -> {
          List<String> out = new ArrayList<>();
          try (RocksIterator it =
              handles.db.newIterator(handles.cf(Family.ADDRESS_BLOCKS), handles.readOptions)) {
            for (it.seek(prefix); it.isValid() && out.size() < limit; it.next()) {
              byte[] key = it.key();
              if (key.length < prefix.length
                  || !Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
                break;
              }
              out.add(Keys.matchKeyOfBlockEntry(key, prefix.length));
            }
            it.status();
          }
          return out;
        });
  }

  @Override
  public List<IndexKey> keysOf(long personId) {
    byte[] value =
        call(
            () ->
                handles.db.get(
                    handles.cf(Family.REVERSE), handles.readOptions, Keys.person(personId)));
    if (value == null) {
      return List.of();
    }
    List<IndexKey> out = new ArrayList<>();
    for (byte[] key : ReverseEntry.decode(value).indexKeys()) {
      out.add(Keys.decodeIndex(key));
    }
    return out;
  }

  @Override
  public StoreStats stats() {
    String estimate = "rocksdb.estimate-num-keys";
    long persons = call(() -> handles.db.getLongProperty(handles.cf(Family.PERSONS), estimate));
    long indexKeys = call(() -> handles.db.getLongProperty(handles.cf(Family.INDEX), estimate));
    return new StoreStats(persons, indexKeys, StoreFiles.bytesOnDisk(dir));
  }

  @Override
  public void close() {
    closing.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (writer != null && writer.upserted() >= BULK_LOAD_PERSONS) {
        LOG.info(
            "compacting the store after a load of {} persons, so that reads are fast (one-time)",
            writer.upserted());
        long start = System.nanoTime();
        handles.compactForReads();
        LOG.info("compacted in {} s", (System.nanoTime() - start) / 1_000_000_000L);
      }
      handles.close();
      if (follower != null) {
        follower.close();
      }
    } finally {
      closing.writeLock().unlock();
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "the store in " + dir + " is open for reading only; writes need the writable store");
    }
  }

  /** A RocksDB call: under the read side of the close lock, with failures made typed. */
  private <T> T call(RocksCall<T> body) {
    closing.readLock().lock();
    try {
      if (closed) {
        throw new IdgraphException(
            ErrorCode.STORE_UNAVAILABLE, "the store in " + dir + " is closed");
      }
      if (follower != null) {
        follower.catchUpIfDue();
      }
      return body.call();
    } catch (RocksDBException e) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE, "the store in " + dir + " failed: " + e.getMessage(), e);
    } finally {
      closing.readLock().unlock();
    }
  }

  private interface RocksCall<T> {
    T call() throws RocksDBException;
  }

  /** Keeps a secondary instance close to its primary, and owns its scratch dir. */
  private static final class SecondaryFollower {
    private final RocksDbHandles handles;
    private final Path scratch;
    private final long intervalNanos;
    private final AtomicLong lastCatchUp = new AtomicLong(System.nanoTime());

    SecondaryFollower(RocksDbHandles handles, Path scratch, Duration interval) {
      this.handles = handles;
      this.scratch = scratch;
      this.intervalNanos = interval.toNanos();
    }

    void catchUpIfDue() throws RocksDBException {
      long last = lastCatchUp.get();
      long now = System.nanoTime();
      if (now - last >= intervalNanos && lastCatchUp.compareAndSet(last, now)) {
        handles.db.tryCatchUpWithPrimary();
      }
    }

    void close() {
      StoreFiles.deleteTree(scratch);
    }
  }
}
