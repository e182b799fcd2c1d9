package io.idgraph.store.rocksdb;

import io.idgraph.graph.DomainCatalog;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.DataBlockIndexType;
import org.rocksdb.FlushOptions;
import org.rocksdb.HyperClockCache;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.IngestExternalFileOptions;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.RocksObject;
import org.rocksdb.StringAppendOperator;
import org.rocksdb.WriteOptions;

/**
 * An open RocksDB with its column families and every native object it needs, tuned for bulk loads
 * of new persons and batched point reads. {@link #close} releases all of them.
 */
final class RocksDbHandles implements AutoCloseable {
  /**
   * Block cache size in MiB when the system property {@value #CACHE_PROPERTY} does not say. A
   * reader gets {@value #READER_CACHE_MB}: it reads lookups and profiles from the serving index,
   * and RocksDB only for what changed since and for address near matching. A writer (load, build)
   * reads the lists it rewrites, so it gets a quarter of the machine's memory, at least {@value
   * #MIN_CACHE_MB} and at most {@value #MAX_CACHE_MB}.
   */
  static final long READER_CACHE_MB = 256;

  static final long MIN_CACHE_MB = 256;

  static final long MAX_CACHE_MB = 2048;

  static final String CACHE_PROPERTY = "idgraph.store.cache-mb";

  /** Key of the store's {@link Dictionary} in the default column family. */
  private static final byte[] DICTIONARY_KEY = "dictionary".getBytes(StandardCharsets.US_ASCII);

  /**
   * Key of the store's format marker in the default column family. Format 3: index keys start with
   * their fingerprint, and changes are logged for the serving index. Older stores have none.
   */
  private static final byte[] FORMAT_KEY = "format".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] FORMAT = "3".getBytes(StandardCharsets.US_ASCII);

  /** Column families, in open order (the default family first, unused). */
  enum Family {
    DEFAULT("default", 8, false, false),
    INDEX("index", 128, true, true),
    PERSONS("persons", 64, true, false),
    PROFILES("profiles", 64, true, false),
    REVERSE("reverse", 32, true, false),
    ADDRESSES("addresses", 16, true, false),
    ADDRESS_BLOCKS("address_blocks", 16, false, false),
    ADDRESS_REFS("address_refs", 16, true, true),
    CHANGES("changes", 8, false, false);

    final String cfName;
    final int writeBufferMb;
    final boolean bloom;
    final boolean appendMerge;

    Family(String cfName, int writeBufferMb, boolean bloom, boolean appendMerge) {
      this.cfName = cfName;
      this.writeBufferMb = writeBufferMb;
      this.bloom = bloom;
      this.appendMerge = appendMerge;
    }
  }

  static {
    RocksDB.loadLibrary();
  }

  final RocksDB db;

  /** Shared by every read; never changed after open, so safe across threads. */
  final ReadOptions readOptions;

  /** WAL on, no fsync: an acknowledged write survives a kill of the process. */
  final WriteOptions writeOptions;

  private final boolean primary;
  private final DBOptions dbOptions;
  private final List<ColumnFamilyOptions> familyOptions;
  private volatile Dictionary dictionary;
  private final List<ColumnFamilyHandle> handles;
  private final int[] cfIds;
  private final Deque<AutoCloseable> owned;

  private RocksDbHandles(
      RocksDB db,
      List<ColumnFamilyHandle> handles,
      Deque<AutoCloseable> owned,
      boolean primary,
      DBOptions dbOptions,
      List<ColumnFamilyOptions> familyOptions) {
    this.db = db;
    this.dbOptions = dbOptions;
    this.familyOptions = familyOptions;
    this.primary = primary;
    this.handles = handles;
    this.owned = owned;
    this.cfIds = handles.stream().mapToInt(ColumnFamilyHandle::getID).toArray();
    this.readOptions = new ReadOptions();
    this.writeOptions = new WriteOptions();
    owned.addLast(readOptions);
    owned.addLast(writeOptions);
  }

  ColumnFamilyHandle cf(Family family) {
    return handles.get(family.ordinal());
  }

  int cfId(Family family) {
    return cfIds[family.ordinal()];
  }

  /** One JNI call for the whole batch; null where a key is absent. */
  List<byte[]> multiGet(Family family, List<byte[]> keys) throws RocksDBException {
    if (keys.isEmpty()) {
      return List.of();
    }
    if (keys.size() < ParallelReads.MIN_KEYS || !ParallelReads.ENABLED) {
      return multiGetOne(family, keys);
    }
    // a large batch is read in two halves on two cores: point reads cost memory latency, not I/O
    int mid = keys.size() / 2;
    CompletableFuture<List<byte[]>> first =
        CompletableFuture.supplyAsync(
            () -> ParallelReads.unchecked(() -> multiGetOne(family, keys.subList(0, mid))),
            ParallelReads.POOL);
    List<byte[]> second = multiGetOne(family, keys.subList(mid, keys.size()));
    List<byte[]> all = new ArrayList<>(keys.size());
    all.addAll(ParallelReads.join(first));
    all.addAll(second);
    return all;
  }

  private List<byte[]> multiGetOne(Family family, List<byte[]> keys) throws RocksDBException {
    return db.multiGetAsList(readOptions, Collections.nCopies(keys.size(), cf(family)), keys);
  }

  /**
   * The store's dictionary. A reader that opened before its writer wrote the dictionary reads it on
   * first use.
   */
  Dictionary dictionary() throws RocksDBException {
    Dictionary d = dictionary;
    if (d == null) {
      byte[] stored = db.get(cf(Family.DEFAULT), readOptions, DICTIONARY_KEY);
      if (stored == null) {
        throw new IllegalStateException("the store holds persons but no dictionary");
      }
      d = Dictionary.decode(stored);
      dictionary = d;
    }
    return d;
  }

  /**
   * A store of an older format (persons but no dictionary, or a dictionary without this format's
   * marker) cannot be read.
   */
  private void requireCurrentFormat(Path dir) throws RocksDBException {
    if (db.get(cf(Family.DEFAULT), readOptions, DICTIONARY_KEY) != null) {
      byte[] format = db.get(cf(Family.DEFAULT), readOptions, FORMAT_KEY);
      if (format == null || !Arrays.equals(format, FORMAT)) {
        throw olderFormat(dir);
      }
      return;
    }
    try (RocksIterator it = db.newIterator(cf(Family.PERSONS), readOptions)) {
      it.seekToFirst();
      if (it.isValid()) {
        throw olderFormat(dir);
      }
      it.status();
    }
  }

  private void createDictionaryIfAbsent() throws RocksDBException {
    byte[] stored = db.get(cf(Family.DEFAULT), readOptions, DICTIONARY_KEY);
    if (stored == null) {
      Dictionary fresh = Dictionary.of(DomainCatalog.shared());
      db.put(cf(Family.DEFAULT), writeOptions, FORMAT_KEY, FORMAT);
      db.put(cf(Family.DEFAULT), writeOptions, DICTIONARY_KEY, fresh.encode());
      dictionary = fresh;
    } else {
      dictionary = Dictionary.decode(stored);
    }
  }

  /**
   * Options for writing a sorted file of {@code family} (an SST for {@link #ingest}): the family's
   * own, so the file has its filters, block size and compression. The caller closes them.
   */
  Options sstOptions(Family family) {
    return new Options(dbOptions, familyOptions.get(family.ordinal()));
  }

  /** Moves sorted files (non-overlapping, ascending) into {@code family}. */
  void ingest(Family family, List<String> files) throws RocksDBException {
    if (files.isEmpty()) {
      return;
    }
    try (IngestExternalFileOptions options = new IngestExternalFileOptions().setMoveFiles(true)) {
      db.ingestExternalFile(cf(family), files, options);
    }
  }

  /** Writes every memtable to disk, so the write-ahead logs are no longer needed. */
  void flush() throws RocksDBException {
    try (FlushOptions options = new FlushOptions().setWaitForFlush(true)) {
      db.flush(options, handles);
    }
  }

  /** Opens as the one writer; fails with STORE_UNAVAILABLE when another process holds the dir. */
  static RocksDbHandles openPrimary(Path dir) {
    return open(dir, null);
  }

  /** Opens as a secondary instance that follows the primary; {@code scratch} holds its own logs. */
  static RocksDbHandles openSecondary(Path dir, Path scratch) {
    return open(dir, scratch);
  }

  private static RocksDbHandles open(Path dir, Path secondaryScratch) {
    Deque<AutoCloseable> owned = new ArrayDeque<>();
    try {
      DBOptions dbOptions = own(owned, new DBOptions());
      dbOptions
          .setCreateIfMissing(true)
          .setCreateMissingColumnFamilies(true)
          .setIncreaseParallelism(2)
          .setMaxBackgroundJobs(3)
          .setBytesPerSync(1 << 20)
          .setMaxTotalWalSize(512L << 20)
          .setKeepLogFileNum(3)
          .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
      if (secondaryScratch != null) {
        dbOptions.setMaxOpenFiles(-1); // required of a secondary instance
      }
      // a lock-free cache: batched random point reads spend less in it than in an LRU cache
      Cache cache =
          own(owned, new HyperClockCache(cacheMb(secondaryScratch == null) << 20, 0, -1, false));
      BloomFilter bloom = own(owned, new BloomFilter(10, false));
      StringAppendOperator append = own(owned, new StringAppendOperator(""));
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      List<ColumnFamilyOptions> familyOptions = new ArrayList<>();
      for (Family family : Family.values()) {
        ColumnFamilyOptions options = own(owned, familyOptions(family, cache, bloom, append));
        familyOptions.add(options);
        descriptors.add(
            new ColumnFamilyDescriptor(family.cfName.getBytes(StandardCharsets.UTF_8), options));
      }
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      RocksDB db =
          secondaryScratch == null
              ? RocksDB.open(dbOptions, dir.toString(), descriptors, handles)
              : RocksDB.openAsSecondary(
                  dbOptions, dir.toString(), secondaryScratch.toString(), descriptors, handles);
      // closed in reverse: the handles, then the db, then the options they were made with
      owned.push(db);
      for (ColumnFamilyHandle handle : handles) {
        owned.push(handle);
      }
      RocksDbHandles opened =
          new RocksDbHandles(
              db, handles, owned, secondaryScratch == null, dbOptions, familyOptions);
      opened.requireCurrentFormat(dir);
      if (opened.primary) {
        opened.createDictionaryIfAbsent();
      }
      return opened;
    } catch (RocksDBException e) {
      closeAll(owned);
      throw openFailure(dir, e);
    } catch (RuntimeException e) {
      closeAll(owned);
      throw e;
    }
  }

  /** The block cache size in MiB: the system property, else by role (see READER_CACHE_MB). */
  static long cacheMb(boolean writer) {
    Long configured = Long.getLong(CACHE_PROPERTY);
    if (configured != null && configured > 0) {
      return configured;
    }
    if (!writer) {
      return READER_CACHE_MB;
    }
    return Math.max(MIN_CACHE_MB, Math.min(MAX_CACHE_MB, (physicalMemory() >> 20) / 4));
  }

  /** The machine's memory in bytes; 0 where the JVM cannot tell. */
  static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  private static ColumnFamilyOptions familyOptions(
      Family family, Cache cache, BloomFilter bloom, StringAppendOperator append) {
    BlockBasedTableConfig table =
        new BlockBasedTableConfig().setBlockCache(cache).setBlockSize(8 << 10);
    if (family.bloom) {
      // point lookups: a whole-key bloom filter per file and a hash index inside each data block
      table
          .setFilterPolicy(bloom)
          .setWholeKeyFiltering(true)
          .setDataBlockIndexType(DataBlockIndexType.kDataBlockBinaryAndHash);
    }
    ColumnFamilyOptions options =
        new ColumnFamilyOptions()
            .setWriteBufferSize((long) family.writeBufferMb << 20)
            .setMaxWriteBufferNumber(3)
            .setCompressionType(CompressionType.LZ4_COMPRESSION)
            .setLevel0SlowdownWritesTrigger(30)
            .setLevel0StopWritesTrigger(48)
            .setTableFormatConfig(table);
    if (family.appendMerge) {
      options.setMergeOperator(append);
    }
    return options;
  }

  private static IdgraphException olderFormat(Path dir) {
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "the store in "
            + dir
            + " was written by an older idgraph in a format this one does not read; load the graph"
            + " files again into a new --data dir");
  }

  static IdgraphException openFailure(Path dir, RocksDBException e) {
    String detail = e.getMessage() == null ? "" : e.getMessage();
    if (detail.contains("LOCK") || detail.toLowerCase(Locale.ROOT).contains("lock hold")) {
      return new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "the data dir "
              + dir
              + " is in use by another idgraph process (a load or a server); stop it or use another"
              + " --data dir");
    }
    if (detail.contains("Column family not found")) {
      return olderFormat(dir);
    }
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE, "the store in " + dir + " cannot be opened: " + detail, e);
  }

  private static <T extends RocksObject> T own(Deque<AutoCloseable> owned, T object) {
    owned.push(object);
    return object;
  }

  private static void closeAll(Deque<AutoCloseable> owned) {
    while (!owned.isEmpty()) {
      try {
        owned.pop().close();
      } catch (Exception e) {
        // keep releasing the rest
      }
    }
  }

  /** Closes; a writer first flushes, so the next open (a reader's too) replays no log. */
  @Override
  public void close() {
    if (primary) {
      try {
        flush();
      } catch (RocksDBException | RuntimeException e) {
        // the write-ahead log still holds every write: the next open replays it
      }
    }
    closeAll(owned);
  }
}
