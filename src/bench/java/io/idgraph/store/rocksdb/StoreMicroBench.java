package io.idgraph.store.rocksdb;

import io.idgraph.bench.Timings;
import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Geo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.PersonWrite;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A quick measurement of the RocksDB engine, not a test: a bulk upsert of synthetic persons with 30
 * index keys and 13 attribute domains of 8 attributes each, then, on the reopened store after
 * warm-up rounds, lookups of 1,000 random keys and reads of 1,000 random persons with 6 domains.
 * Prints wall time and the calling thread's CPU time (medians), since shared machines are noisy.
 *
 * <p>Run: {@code bench/run --class io.idgraph.store.rocksdb.StoreMicroBench [persons] [dir]}.
 */
public final class StoreMicroBench {
  private static final int KEYS_PER_PERSON = 30;
  private static final int BATCH = 1_000;
  private static final int ROUNDS = 200;
  private static final Set<Domain> SIX =
      EnumSet.of(
          Domain.DEMOGRAPHIC,
          Domain.FINANCIAL,
          Domain.INTEREST,
          Domain.LIFESTYLE,
          Domain.PURCHASE,
          Domain.HOUSEHOLD);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StoreMicroBench() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("idgraph-bench-");
    System.out.printf(
        "load average %.1f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    try {
      if (!Boolean.getBoolean("bench.skipLoad")) {
        try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
          load(store, persons);
        }
      }
      try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
        read(store, persons);
        System.out.println("stats: " + store.stats());
      }
    } finally {
      if (args.length < 2) {
        StoreFiles.deleteTree(dir);
      }
    }
  }

  private static void load(IdentityStore store, int persons) {
    long wall = 0;
    long cpu = 0;
    for (int start = 1; start <= persons; start += BATCH) {
      List<PersonWrite> batch = new ArrayList<>(BATCH);
      for (long id = start; id < Math.min(start + BATCH, persons + 1L); id++) {
        batch.add(person(id));
      }
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      store.upsert(batch);
      wall += System.nanoTime() - t0;
      cpu += THREADS.getCurrentThreadCpuTime() - c0;
    }
    System.out.printf(
        "upsert of %,d persons x %d keys: wall %.1f s (%,.0f persons/s), writer thread cpu %.1f s"
            + " (%,.0f persons/s)%n",
        persons,
        KEYS_PER_PERSON,
        wall / 1e9,
        persons / (wall / 1e9),
        cpu / 1e9,
        persons / (cpu / 1e9));
  }

  private static void read(IdentityStore store, int persons) {
    SplittableRandom random = new SplittableRandom(7);
    Timings lookupWall = new Timings();
    Timings lookupCpu = new Timings();
    Timings readWall = new Timings();
    Timings readCpu = new Timings();
    for (int round = -50; round < ROUNDS; round++) {
      List<IndexKey> keys = new ArrayList<>(1_000);
      long[] ids = new long[1_000];
      for (int i = 0; i < 1_000; i++) {
        keys.add(key(1 + random.nextInt(persons), random.nextInt(KEYS_PER_PERSON)));
        ids[i] = 1L + random.nextInt(persons);
      }
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      store.lookup(keys);
      long c1 = THREADS.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      store.persons(ids, SIX);
      long c2 = THREADS.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      if (round >= 0) {
        lookupWall.add(t1 - t0);
        lookupCpu.add(c1 - c0);
        readWall.add(t2 - t1);
        readCpu.add(c2 - c1);
      }
    }
    System.out.printf(
        "lookup of 1,000 random keys: median wall %,.0f us, cpu %,.0f us%n",
        lookupWall.medianMillis() * 1_000, lookupCpu.medianMillis() * 1_000);
    System.out.printf(
        "persons() of 1,000 random ids, 6 domains: median wall %,.0f us, cpu %,.0f us%n",
        readWall.medianMillis() * 1_000, readCpu.medianMillis() * 1_000);
  }

  /** Key k of a person: 0-7 plaintext, the rest digests of 16, 20 or 32 bytes. */
  static IndexKey key(long id, int k) {
    IdType type = IdType.values()[k % 4];
    HashType hash = k < 8 ? HashType.PLAINTEXT : HashType.values()[1 + k % 3];
    int length = hash == HashType.PLAINTEXT ? 24 : hash.digestBytes();
    long seed = type == IdType.ADDRESS && hash == HashType.PLAINTEXT ? (id + 1) / 2 : id;
    SplittableRandom random = new SplittableRandom(seed * 64 + k); // two persons a household
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) ('a' + random.nextInt(26));
    }
    return new IndexKey(type, hash, bytes);
  }

  static PersonWrite person(long id) {
    List<IndexEntry> index = new ArrayList<>(KEYS_PER_PERSON);
    for (int k = 0; k < KEYS_PER_PERSON; k++) {
      index.add(new IndexEntry(key(id, k), 0.5f + k / 100f));
    }
    Geo geo = new Geo(37.7 + id % 100 / 1000.0, -122.4);
    String household = "Z|94105|" + (id + 1) / 2 + "|main st";
    Map<Domain, Map<String, Object>> attributes = new LinkedHashMap<>();
    for (Domain domain : Domain.attributeDomains()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int a = 0; a < 8; a++) {
        String name = domain.wireName() + "_attribute_" + a;
        values.put(
            name,
            switch (a % 4) {
              case 0 -> "value-" + (id % 97);
              case 1 -> id % 1000;
              case 2 -> (id % 100) / 100.0;
              default -> id % 2 == 0;
            });
      }
      attributes.put(domain, values);
    }
    PersonRecord record =
        new PersonRecord(
            id,
            0.8,
            "2024-05-01",
            "First" + id,
            "Last" + id,
            List.of(Contact.of("person" + id + "@example.com", 0.9)),
            List.of(Contact.of("1415555" + String.format("%04d", id % 10_000), 0.85)),
            List.of(new Contact(household, 0.7, geo)),
            List.of(),
            attributes);
    AddressEntry address =
        new AddressEntry(household, household, geo, List.of("Z|94105|" + (id + 1) / 2));
    return new PersonWrite(record, index, List.of(address));
  }
}
