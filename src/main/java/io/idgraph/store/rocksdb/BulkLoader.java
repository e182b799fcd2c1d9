package io.idgraph.store.rocksdb;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.DaemonThreads;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.BulkLoad;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rocksdb.RocksDBException;

/**
 * Fills an empty store without row-by-row writes: each person is encoded once and appended to
 * temporary files (index entries into 256 partitions by the top byte of their fingerprint); the
 * commit sorts each partition in memory, writes RocksDB's sorted files directly (one pass per
 * column family, ingested into the last level: no compaction) and the serving generation in the
 * same pass. A person seen twice is upserted after the commit, so the later write wins.
 */
final class BulkLoader implements BulkLoad {
  private static final int PARTITIONS = 256;
  private static final int PERSON_BATCH = 4096;
  private static final byte[] EMPTY = new byte[0];

  private final RocksDbIdentityStore store;
  private final RocksDbHandles handles;
  private final Path storeDir;
  private final Path work;
  private final Dictionary dictionary;
  private final LongHashSet seen = new LongHashSet();
  private final List<PersonWrite> repeated = new ArrayList<>();
  private final SpillFile[] index = new SpillFile[PARTITIONS];
  private final SpillFile addresses;
  private final SpillFile blocks;
  private final SpillFile refs;
  private final AppendFile persons;
  private final Path personsFile;
  private long[] personIds = new long[1024];
  private long[] personOffsets = new long[1024];
  private int personCount;
  private long indexEntries;
  private final ByteWriter core = new ByteWriter(512);
  private final ByteWriter profile = new ByteWriter(4096);
  private final ByteWriter section = new ByteWriter(1024);

  BulkLoader(RocksDbIdentityStore store, RocksDbHandles handles, Path storeDir)
      throws IOException, RocksDBException {
    this.store = store;
    this.handles = handles;
    this.storeDir = storeDir;
    this.work = storeDir.resolve("bulk-load");
    StoreFiles.deleteTree(work); // what a killed bulk load left
    PrivateFiles.createDirectories(work);
    this.dictionary = handles.dictionary();
    for (int p = 0; p < PARTITIONS; p++) {
      index[p] = new SpillFile(work.resolve("index-" + p), 64 << 10);
    }
    addresses = new SpillFile(work.resolve("addresses"), 256 << 10);
    blocks = new SpillFile(work.resolve("blocks"), 256 << 10);
    refs = new SpillFile(work.resolve("refs"), 256 << 10);
    personsFile = work.resolve("persons");
    persons = new AppendFile(personsFile, 1 << 20);
  }

  @Override
  public void add(List<PersonWrite> batch) {
    try {
      for (PersonWrite write : batch) {
        long id = write.person().personId();
        if (seen.contains(id)) {
          repeated.add(write);
        } else {
          seen.add(id);
          spill(write);
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private void spill(PersonWrite write) throws IOException {
    long id = write.person().personId();
    GraphWriter.Planned planned = GraphWriter.plan(write, Keys.person(id), null);
    for (GraphWriter.StoredLink link : planned.index()) {
      byte[] key = link.key();
      index[key[0] & 0xFF].write(key, Postings.entry(id, link.quality()));
      indexEntries++;
    }
    for (Map.Entry<ByteBuffer, AddressEntry> e : planned.addresses().entrySet()) {
      byte[] matchKey = e.getKey().array();
      addresses.write(matchKey, AddressCodec.encode(e.getValue()));
      refs.write(matchKey, Postings.entry(id, 0f));
      for (String block : AddressCodec.blockKeys(e.getValue())) {
        blocks.write(Keys.blockEntry(block, matchKey), EMPTY);
      }
    }
    core.reset();
    profile.reset();
    PersonCodec.encodeCore(core, write.person());
    PersonCodec.encodeProfile(profile, core, write.person(), dictionary, section);
    byte[] reverse = planned.reverse().encode();
    if (personCount == personIds.length) {
      personIds = Arrays.copyOf(personIds, personCount * 2);
      personOffsets = Arrays.copyOf(personOffsets, personCount * 2);
    }
    personIds[personCount] = id;
    personOffsets[personCount] = persons.size();
    personCount++;
    byte[] coreBytes = core.toByteArray();
    byte[] profileBytes = profile.toByteArray();
    persons.writeWithLength(coreBytes);
    persons.writeWithLength(profileBytes);
    persons.writeWithLength(reverse);
  }

  @Override
  public void commit(Progress progress) {
    CommitTally tally = new CommitTally(progress, personCount + indexEntries);
    long changeSeq = store.changeSeqForBulkLoad();
    Path sst = work.resolve("sst");
    ExecutorService sorter =
        Executors.newFixedThreadPool(2, DaemonThreads.named("idgraph-bulk-sort"));
    ExecutorService addressWriter =
        Executors.newSingleThreadExecutor(DaemonThreads.named("idgraph-bulk-addresses"));
    CompletableFuture<List<SstSink>> addressSinks = null;
    try {
      PrivateFiles.createDirectories(sst);
      persons.close();
      Path generation = ServingFiles.newGeneration(ServingFiles.dir(storeDir));
      List<SstSink> sinks = new ArrayList<>();
      // the address families need neither the serving index nor this thread: they are written
      // meanwhile, on the cores the persons and the index leave idle
      addressSinks = CompletableFuture.supplyAsync(() -> writeAddresses(sst), addressWriter);
      try (GenerationWriter serving = new GenerationWriter(generation, indexEntries);
          BackgroundPuts puts = new BackgroundPuts();
          BackgroundPuts morePuts = new BackgroundPuts()) {
        sinks.addAll(writePersons(sst, serving, puts, tally));
        writeIndex(sst, serving, new BackgroundPuts[] {puts, morePuts}, sorter, tally, sinks);
        sinks.addAll(joined(addressSinks));
        // one ingestion a family: each is a change of the store's manifest
        Map<Family, List<String>> files = new LinkedHashMap<>();
        for (SstSink sink : sinks) {
          files.computeIfAbsent(sink.family(), family -> new ArrayList<>()).addAll(sink.finish());
        }
        for (Map.Entry<Family, List<String>> family : files.entrySet()) {
          handles.ingest(family.getKey(), family.getValue());
        }
        serving.finish(changeSeq);
        tally.done();
      } finally {
        sinks.forEach(SstSink::close);
      }
      ServingFiles.publish(ServingFiles.dir(storeDir), generation);
      store.refreshServing();
      for (int from = 0; from < repeated.size(); from += 1000) {
        store.upsert(repeated.subList(from, Math.min(repeated.size(), from + 1000)));
      }
    } catch (IOException e) {
      throw failure(e);
    } catch (RocksDBException e) {
      throw storeFailure(e);
    } finally {
      sorter.shutdownNow();
      addressWriter.shutdownNow();
      closeWhenDone(addressSinks);
    }
  }

  /** The three address families, one after the other; on a failure, none is left open. */
  private List<SstSink> writeAddresses(Path sst) {
    List<SstSink> written = new ArrayList<>();
    boolean done = false;
    try {
      written.add(writeGrouped(sst, Family.ADDRESS_REFS, refs, true));
      written.add(writeGrouped(sst, Family.ADDRESSES, addresses, false));
      written.add(writeGrouped(sst, Family.ADDRESS_BLOCKS, blocks, false));
      done = true;
      return written;
    } catch (IOException e) {
      throw failure(e);
    } catch (RocksDBException e) {
      throw storeFailure(e);
    } finally {
      if (!done) {
        written.forEach(SstSink::close);
      }
    }
  }

  /**
   * After a failed commit, waits for the address families' thread to end and closes its files (a
   * file closed while that thread still wrote it would fail natively). After a good commit, they
   * are closed already.
   */
  private static void closeWhenDone(CompletableFuture<List<SstSink>> sinks) {
    if (sinks == null) {
      return;
    }
    try {
      sinks.join().forEach(SstSink::close);
    } catch (RuntimeException e) {
      // it failed, and closed its own files
    }
  }

  /**
   * Persons in id order, in one pass: the serving profiles on this thread, the three person
   * families on {@code puts}'s, a batch of {@value #PERSON_BATCH} persons at a time.
   */
  private List<SstSink> writePersons(
      Path sst, GenerationWriter serving, BackgroundPuts puts, CommitTally tally)
      throws IOException, RocksDBException {
    SstSink coreSink = new SstSink(handles, Family.PERSONS, sst);
    SstSink profileSink = new SstSink(handles, Family.PROFILES, sst);
    SstSink reverseSink = new SstSink(handles, Family.REVERSE, sst);
    List<byte[]> batchKeys = new ArrayList<>(PERSON_BATCH);
    List<byte[][]> batchParts = new ArrayList<>(PERSON_BATCH);
    int[] order = idOrder();
    boolean inFileOrder = true;
    for (int i = 0; i < order.length && inFileOrder; i++) {
      inFileOrder = order[i] == i;
    }
    // read, not mapped: a map would hold the deleted file's space until garbage collection
    try (FileChannel spilled = FileChannel.open(personsFile, StandardOpenOption.READ)) {
      ByteBuffer window = ByteBuffer.allocate(4 << 20).limit(0);
      long windowStart = 0;
      for (int i : order) {
        long at = personOffsets[i];
        long end = i + 1 < personCount ? personOffsets[i + 1] : persons.size();
        int length = (int) (end - at);
        if (at < windowStart || end > windowStart + window.limit()) {
          window = ByteBuffer.allocate(inFileOrder ? Math.max(4 << 20, length) : length);
          windowStart = at;
          while (window.hasRemaining() && spilled.read(window, at + window.position()) > 0) {
            // fill the window
          }
          window.flip();
        }
        ByteBuffer record = window.duplicate().position((int) (at - windowStart));
        byte[][] parts = new byte[3][];
        for (int k = 0; k < 3; k++) {
          parts[k] = new byte[record.getInt()];
          record.get(parts[k]);
        }
        batchKeys.add(Keys.person(personIds[i]));
        batchParts.add(parts);
        if (batchKeys.size() == PERSON_BATCH) {
          putPersons(puts, batchKeys, batchParts, coreSink, profileSink, reverseSink);
          batchKeys = new ArrayList<>(PERSON_BATCH);
          batchParts = new ArrayList<>(PERSON_BATCH);
        }
        serving.addPerson(personIds[i], parts[1]);
        tally.add(1);
      }
    }
    putPersons(puts, batchKeys, batchParts, coreSink, profileSink, reverseSink);
    puts.await();
    return List.of(coreSink, profileSink, reverseSink);
  }

  private static void putPersons(
      BackgroundPuts puts,
      List<byte[]> keys,
      List<byte[][]> parts,
      SstSink core,
      SstSink profile,
      SstSink reverse)
      throws RocksDBException {
    puts.submit(
        () -> {
          for (int i = 0; i < keys.size(); i++) {
            core.put(keys.get(i), parts.get(i)[0]);
            profile.put(keys.get(i), parts.get(i)[1]);
            reverse.put(keys.get(i), parts.get(i)[2]);
          }
        });
  }

  /** Positions of the spilled persons in ascending (unsigned) id order. */
  private int[] idOrder() {
    Integer[] boxed = new Integer[personCount];
    boolean ascending = true;
    for (int i = 0; i < personCount; i++) {
      boxed[i] = i;
      ascending &= i == 0 || Long.compareUnsigned(personIds[i - 1], personIds[i]) < 0;
    }
    if (!ascending) {
      Arrays.sort(boxed, (a, b) -> Long.compareUnsigned(personIds[a], personIds[b]));
    }
    int[] order = new int[personCount];
    for (int i = 0; i < personCount; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /**
   * The index, partition by partition (each sorted and grouped two ahead on other threads): the
   * serving keys on this thread, the sorted files of each partition on one of {@code puts}' threads
   * in turn (the file writer was this phase's longest thread); the partitions' sinks, in key order,
   * go into {@code sinks}.
   */
  private void writeIndex(
      Path sst,
      GenerationWriter serving,
      BackgroundPuts[] puts,
      ExecutorService sorter,
      CommitTally tally,
      List<SstSink> sinks)
      throws IOException, RocksDBException {
    List<CompletableFuture<IndexPartition>> pending = new ArrayList<>();
    int next = 0;
    for (int p = 0; p < PARTITIONS; p++) {
      while (next < PARTITIONS && next <= p + 2) {
        SpillFile partition = index[next++];
        pending.add(CompletableFuture.supplyAsync(() -> IndexPartition.of(partition), sorter));
      }
      IndexPartition partition = joined(pending.get(p));
      pending.set(p, null);
      SstSink sink = new SstSink(handles, Family.INDEX, sst, Family.INDEX.cfName + "-" + p);
      sinks.add(sink);
      puts[p % puts.length].submit(
          () -> {
            for (int i = 0; i < partition.keys.size(); i++) {
              sink.put(partition.keys.get(i), partition.postings.get(i));
            }
            sink.finish(); // its file complete now: two open at a time, not one a partition
          });
      for (int i = 0; i < partition.keys.size(); i++) {
        serving.addKey(partition.keys.get(i), Postings.links(partition.postings.get(i)));
      }
      tally.add(partition.entries);
    }
    for (BackgroundPuts writer : puts) {
      writer.await();
    }
  }

  /** One partition's keys in order, each with the postings of every person it points to. */
  private record IndexPartition(List<byte[]> keys, List<byte[]> postings, int entries) {
    static IndexPartition of(SpillFile file) {
      SpillFile.Sorted sorted;
      try {
        sorted = file.sorted();
      } catch (IOException e) {
        throw failure(e);
      }
      List<byte[]> keys = new ArrayList<>();
      List<byte[]> postings = new ArrayList<>();
      for (int i = 0; i < sorted.size(); ) {
        int end = sorted.groupEnd(i);
        keys.add(sorted.key(i));
        postings.add(sorted.values(i, end));
        i = end;
      }
      return new IndexPartition(keys, postings, sorted.size());
    }
  }

  /** The commit's work so far, told to its progress at most every {@value #TELL_EVERY} records. */
  private static final class CommitTally {
    private static final long TELL_EVERY = 50_000;
    private final Progress progress;
    private final long total;
    private long done;
    private long told;

    CommitTally(Progress progress, long total) {
      this.progress = progress;
      this.total = total;
    }

    void add(long records) {
      done += records;
      if (done - told >= TELL_EVERY) {
        told = done;
        progress.update(done, total);
      }
    }

    void done() {
      progress.update(total, total);
    }
  }

  /** The task's result; its failure as it was thrown, not wrapped. */
  private static <T> T joined(CompletableFuture<T> sort) {
    try {
      return sort.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** One family keyed by match key: lists joined ({@code join}), else the last value kept. */
  private SstSink writeGrouped(Path sst, Family family, SpillFile file, boolean join)
      throws IOException, RocksDBException {
    SstSink sink = new SstSink(handles, family, sst);
    try {
      SpillFile.Sorted sorted = file.sorted();
      for (int i = 0; i < sorted.size(); ) {
        int end = sorted.groupEnd(i);
        sink.put(sorted.key(i), sorted.values(join ? i : end - 1, end));
        i = end;
      }
      return sink;
    } catch (IOException | RocksDBException | RuntimeException e) {
      sink.close();
      throw e;
    }
  }

  private IdgraphException storeFailure(RocksDBException e) {
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "the bulk load into " + storeDir + " failed: " + e.getMessage(),
        e);
  }

  private static IdgraphException failure(IOException e) {
    return new IdgraphException(
        ErrorCode.IO, "the bulk load's temporary files failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      persons.close();
      for (SpillFile f : index) {
        f.close();
      }
      addresses.close();
      blocks.close();
      refs.close();
    } catch (IOException e) {
      // the files are deleted next
    }
    StoreFiles.deleteTree(work);
  }
}
