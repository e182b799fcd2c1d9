package io.idgraph.store.rocksdb;

import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.BulkLoad;
import io.idgraph.store.BulkLoading;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.StoreStats;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
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
public final class RocksDbIdentityStore implements IdentityStore, BulkLoading {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RocksDbIdentityStore.class);

  /** How stale a reader may be before a read first catches up with the writer. */
  public static final Duration DEFAULT_CATCH_UP = Duration.ofSeconds(1);

  /**
   * A writer rebuilds the serving index when it closes if at least this many persons changed since
   * the last build (or a twentieth of the persons, if fewer); smaller changes are served from the
   * change log.
   */
  static final long REBUILD_PERSONS = 10_000;

  private final Path dir;
  private final RocksDbHandles handles;
  private final GraphWriter writer;
  private final SecondaryFollower follower;
  private final ServingView serving;
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private boolean closed;

  private RocksDbIdentityStore(Path dir, RocksDbHandles handles, SecondaryFollower follower)
      throws RocksDBException {
    this.dir = dir;
    this.handles = handles;
    this.serving = new ServingView(dir);
    serving.refresh(handles);
    this.writer = follower == null ? new GraphWriter(handles, serving.seenSeq()) : null;
    this.follower = follower;
    if (writer != null && ServingSnapshot.currentIsOlderLayout(ServingFiles.dir(dir))) {
      upgradeServing();
    }
  }

  /** Rebuilds a serving index an earlier release wrote; until then reads go to RocksDB. */
  private void upgradeServing() {
    LOG.info("the serving index has an earlier release's layout: building it anew, once");
    try {
      rebuildServing();
    } catch (RocksDBException | IOException | RuntimeException e) {
      // reads stay right, from RocksDB; the next writer tries again
      LOG.warn("the serving index was not rebuilt: {}", e.toString());
    }
  }

  private static RocksDbIdentityStore open(
      Path dir, RocksDbHandles handles, SecondaryFollower follower) {
    try {
      return new RocksDbIdentityStore(dir, handles, follower);
    } catch (RocksDBException | RuntimeException e) {
      handles.close();
      if (follower != null) {
        follower.close();
      }
      throw e instanceof RocksDBException r
          ? RocksDbHandles.openFailure(dir, r)
          : (RuntimeException) e;
    }
  }

  /** Opens (creating if needed) the store in {@code dir} as its one writer. */
  public static RocksDbIdentityStore openWritable(Path dir) {
    StoreFiles.createDirectories(dir);
    return open(dir, RocksDbHandles.openPrimary(dir), null);
  }

  /**
   * A reader cannot rebuild a serving index an earlier release wrote; a writer opened for that
   * alone can. When a writer has the store already, it rebuilt the index as it opened.
   */
  private static void upgradeServingOf(Path dir) {
    if (!ServingSnapshot.currentIsOlderLayout(ServingFiles.dir(dir))) {
      return;
    }
    try {
      openWritable(dir).close();
    } catch (IdgraphException e) {
      LOG.info("the serving index was not rebuilt: {}", e.getMessage());
    }
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
    upgradeServingOf(dir);
    Path scratch = StoreFiles.scratchDir();
    try {
      RocksDbHandles handles = RocksDbHandles.openSecondary(dir, scratch);
      return open(dir, handles, new SecondaryFollower(handles, scratch, catchUp));
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

  /**
   * A bulk load when the store holds no persons (see {@link BulkLoader}); empty otherwise, and the
   * caller upserts.
   */
  @Override
  public Optional<BulkLoad> startBulkLoad() {
    requireWritable();
    return call(
        () -> {
          try (RocksIterator it =
              handles.db.newIterator(handles.cf(Family.PERSONS), handles.readOptions)) {
            it.seekToFirst();
            if (it.isValid()) {
              return Optional.empty();
            }
            it.status();
          }
          try {
            return Optional.of(new BulkLoader(this, handles, dir));
          } catch (IOException e) {
            throw new IdgraphException(
                ErrorCode.IO,
                "a bulk load cannot create its temporary files: " + e.getMessage(),
                e);
          }
        });
  }

  /** The change sequence number a bulk load's generation includes. */
  long changeSeqForBulkLoad() {
    return writer.changeSeq();
  }

  /** Takes up a generation published by this writer's bulk load. */
  void refreshServing() {
    call(
        () -> {
          serving.refresh(handles);
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
    return call(
        () -> {
          List<List<Link>> out = new ArrayList<>(Collections.nCopies(keys.size(), List.of()));
          List<Integer> fromStore = new ArrayList<>();
          Lock lock = serving.readLock();
          lock.lock();
          try {
            ServingSnapshot snapshot = serving.snapshot();
            List<Integer> served = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
              (snapshot != null && serving.servesKey(encoded.get(i)) ? served : fromStore).add(i);
            }
            if (!served.isEmpty()) {
              byte[][] servedKeys = new byte[served.size()][];
              for (int j = 0; j < servedKeys.length; j++) {
                servedKeys[j] = encoded.get(served.get(j));
              }
              @SuppressWarnings("unchecked")
              List<Link>[] links = new List[servedKeys.length];
              snapshot.lookup(servedKeys, links);
              for (int j = 0; j < links.length; j++) {
                if (links[j] != null) {
                  out.set(served.get(j), Collections.unmodifiableList(links[j]));
                }
              }
            }
          } finally {
            lock.unlock();
          }
          List<byte[]> storeKeys = new ArrayList<>(fromStore.size());
          fromStore.forEach(i -> storeKeys.add(encoded.get(i)));
          List<byte[]> values = handles.multiGet(Family.INDEX, storeKeys);
          for (int j = 0; j < fromStore.size(); j++) {
            byte[] value = values.get(j);
            if (value != null) {
              out.set(fromStore.get(j), Postings.links(value));
            }
          }
          return out;
        });
  }

  @Override
  public List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains) {
    boolean withProfiles = attributeDomains == null || !attributeDomains.isEmpty();
    return call(
        () -> {
          List<PersonRecord> out = new ArrayList<>(Collections.nCopies(personIds.length, null));
          List<Integer> fromStore = new ArrayList<>();
          Lock lock = serving.readLock();
          lock.lock();
          try {
            ServingSnapshot snapshot = serving.snapshot();
            Dictionary dictionary = snapshot == null ? null : handles.dictionary();
            for (int i = 0; i < personIds.length; i++) {
              long id = personIds[i];
              if (snapshot != null && serving.servesPerson(id)) {
                long ordinal = snapshot.ordinal(id);
                if (ordinal >= 0) {
                  out.set(
                      i,
                      withProfiles
                          ? PersonCodec.decodeProfile(
                              id, snapshot.profile(ordinal), attributeDomains, dictionary)
                          : PersonCodec.decodeCore(id, snapshot.core(ordinal)));
                }
              } else {
                fromStore.add(i);
              }
            }
          } finally {
            lock.unlock();
          }
          if (!fromStore.isEmpty()) {
            readFromStore(personIds, attributeDomains, withProfiles, fromStore, out);
          }
          return out;
        });
  }

  /** Reads the persons at {@code positions} from RocksDB into {@code out}. */
  private void readFromStore(
      long[] personIds,
      Set<Domain> attributeDomains,
      boolean withProfiles,
      List<Integer> positions,
      List<PersonRecord> out)
      throws RocksDBException {
    List<byte[]> keys = new ArrayList<>(positions.size());
    positions.forEach(i -> keys.add(Keys.person(personIds[i])));
    // the core alone serves contacts; a profile holds a copy of the core and the attributes
    List<byte[]> values = handles.multiGet(withProfiles ? Family.PROFILES : Family.PERSONS, keys);
    Dictionary dictionary = withProfiles ? handles.dictionary() : null;
    for (int j = 0; j < positions.size(); j++) {
      byte[] value = values.get(j);
      int i = positions.get(j);
      if (value == null) {
        continue;
      }
      out.set(
          i,
          withProfiles
              ? PersonCodec.decodeProfile(personIds[i], value, attributeDomains, dictionary)
              : PersonCodec.decodeCore(personIds[i], value));
    }
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

  /**
   * Touches the serving index's pages, the lookup tables first, for at most {@code budget} and at
   * most half the machine's memory (the pages stay the kernel's to reclaim: they are the files').
   */
  @Override
  public long pageIn(Duration budget) {
    PageInBudget allowed =
        new PageInBudget(System.nanoTime() + budget.toNanos(), RocksDbHandles.physicalMemory() / 2);
    return call(
        () -> {
          serving.pageIn(allowed);
          return allowed.touched();
        });
  }

  @Override
  public void close() {
    closing.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (writer != null) {
        rebuildServingIfDue();
      }
      serving.close();
      handles.close();
      if (follower != null) {
        follower.close();
      }
    } finally {
      closing.writeLock().unlock();
    }
  }

  /** Rebuilds the serving index when enough changed since the last build (see REBUILD_PERSONS). */
  private void rebuildServingIfDue() {
    try {
      serving.refresh(handles);
      long changed = serving.changedPersons();
      boolean due;
      if (!serving.hasSnapshot()) {
        due = writer.changeSeq() > 0;
      } else {
        long persons = serving.snapshotPersons();
        due = changed < 0 || changed >= Math.min(REBUILD_PERSONS, Math.max(1, persons / 20));
      }
      if (due) {
        rebuildServing();
      }
    } catch (RocksDBException | IOException | RuntimeException e) {
      // reads stay right, through the change log and RocksDB; the next writer tries again
      LOG.warn("the serving index was not rebuilt: {}", e.toString());
    }
  }

  /** Builds a new serving generation holding every write so far. Writable stores only. */
  void rebuildServing() throws RocksDBException, IOException {
    long start = System.nanoTime();
    ServingBuilder.build(handles, dir, writer.changeSeq());
    serving.refresh(handles);
    long ms = (System.nanoTime() - start) / 1_000_000L;
    if (ms >= 1000) {
      LOG.info("serving index built in {} ms", ms);
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
      if (follower != null ? follower.catchUpIfDue() : writer.changeSeq() != serving.seenSeq()) {
        serving.refresh(handles);
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

    /** Catches up if the interval has passed; true when it did. */
    boolean catchUpIfDue() throws RocksDBException {
      long last = lastCatchUp.get();
      long now = System.nanoTime();
      if (now - last >= intervalNanos && lastCatchUp.compareAndSet(last, now)) {
        handles.db.tryCatchUpWithPrimary();
        return true;
      }
      return false;
    }

    void close() {
      StoreFiles.deleteTree(scratch);
    }
  }
}
