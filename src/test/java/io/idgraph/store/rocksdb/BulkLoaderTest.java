package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.BulkLoad;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk loads into an empty store, and upserts into the store they made. */
class BulkLoaderTest {
  @TempDir Path dir;

  private static IndexKey email(String value) {
    return new IndexKey(IdType.EMAIL, HashType.PLAINTEXT, value.getBytes(StandardCharsets.UTF_8));
  }

  private static final IndexKey HOME =
      new IndexKey(
          IdType.ADDRESS,
          HashType.PLAINTEXT,
          "Z|94105|12|main st".getBytes(StandardCharsets.UTF_8));
  private static final AddressEntry HOME_ENTRY =
      new AddressEntry("Z|94105|12|main st", "12 MAIN ST", null, List.of("Z|94105|12"));

  private static PersonWrite person(long id, String first, IndexKey... keys) {
    List<IndexEntry> index = new ArrayList<>();
    boolean home = false;
    for (IndexKey k : keys) {
      index.add(new IndexEntry(k, 0.8f));
      home |= k.equals(HOME);
    }
    PersonRecord record =
        new PersonRecord(
            id, 0.5, null, first, "x", List.of(), List.of(), List.of(), List.of(), Map.of());
    return new PersonWrite(record, index, home ? List.of(HOME_ENTRY) : List.of());
  }

  private static List<Long> ids(List<Link> links) {
    return links.stream().map(Link::personId).toList();
  }

  @Test
  void bulkLoad_storesEveryPersonWithSharedKeysAndTheLastWriteOfARepeatedPerson() {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir);
        RocksDbIdentityStore reader = RocksDbIdentityStore.openReader(dir, Duration.ZERO)) {
      try (BulkLoad bulk = store.startBulkLoad().orElseThrow()) {
        List<PersonWrite> batch = new ArrayList<>();
        for (long id = 5_000; id >= 1; id--) { // ids out of order
          batch.add(person(id, "p" + id, email("p" + id + "@example.com")));
        }
        bulk.add(batch);
        bulk.add(List.of(person(7, "old", email("old@example.com"), HOME), person(8, "b", HOME)));
        bulk.add(List.of(person(7, "new", email("new@example.com"))));
        assertThat(reader.lookup(List.of(email("p1@example.com"))).get(0)).isEmpty();
        bulk.commit();
      }

      for (IdentityStore s : List.of(store, reader)) {
        assertThat(ids(s.lookup(List.of(email("p4999@example.com"))).get(0)))
            .containsExactly(4999L);
        assertThat(ids(s.lookup(List.of(HOME)).get(0))).containsExactly(8L);
        assertThat(s.lookup(List.of(email("old@example.com"))).get(0)).isEmpty();
        assertThat(ids(s.lookup(List.of(email("new@example.com"))).get(0))).containsExactly(7L);
        assertThat(s.persons(new long[] {7, 8, 5_001}, Set.of()))
            .extracting(p -> p == null ? null : p.firstName())
            .containsExactly("new", "b", null);
        assertThat(s.addressBlock("Z|94105|12", 10)).containsExactly(HOME_ENTRY.matchKey());
      }
      assertThat(store.keysOf(8)).containsExactly(HOME);
    }
    assertThat(Files.exists(dir.resolve("bulk-load"))).isFalse();
  }

  @Test
  void pageIn_readsTheWholeServingIndexWithinItsBudgetAndNothingWithout() throws Exception {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      assertThat(store.pageIn(Duration.ofSeconds(30))).isZero(); // nothing served yet
      try (BulkLoad bulk = store.startBulkLoad().orElseThrow()) {
        List<PersonWrite> batch = new ArrayList<>();
        for (long id = 1; id <= 2_000; id++) {
          batch.add(person(id, "p" + id, email("p" + id + "@example.com")));
        }
        bulk.add(batch);
        bulk.commit();
      }
      long servingBytes;
      try (var files = Files.walk(ServingFiles.dir(dir))) {
        servingBytes =
            files
                .filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().equals(ServingLayout.META))
                .filter(f -> !f.getFileName().toString().equals(ServingFiles.CURRENT))
                .mapToLong(f -> f.toFile().length())
                .sum();
      }

      assertThat(store.pageIn(Duration.ZERO)).isZero();
      assertThat(store.pageIn(Duration.ofSeconds(30))).isEqualTo(servingBytes).isPositive();
      assertThat(ids(store.lookup(List.of(email("p1999@example.com"))).get(0)))
          .containsExactly(1999L);
    }
  }

  @Test
  void afterABulkLoad_upsertsReplaceAndDeleteAsEver() {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      try (BulkLoad bulk = store.startBulkLoad().orElseThrow()) {
        bulk.add(List.of(person(1, "a", email("a@example.com"), HOME), person(2, "b", HOME)));
        bulk.commit();
      }
      assertThat(store.startBulkLoad()).isEmpty();

      store.upsert(List.of(person(1, "a2", email("a2@example.com"))));
      store.delete(2);

      assertThat(store.lookup(List.of(email("a@example.com"), HOME, email("a2@example.com"))))
          .extracting(BulkLoaderTest::ids)
          .containsExactly(List.of(), List.of(), List.of(1L));
      assertThat(store.keysOf(1)).containsExactly(email("a2@example.com"));
      assertThat(store.addresses(List.of(HOME_ENTRY.matchKey()))).isEmpty();
    }
    try (IdentityStore reader = RocksDbIdentityStore.openReader(dir, Duration.ZERO)) {
      assertThat(reader.persons(new long[] {1, 2}, Set.of()))
          .extracting(p -> p == null ? null : p.firstName())
          .containsExactly("a2", null);
    }
  }

  @Test
  void bulkLoad_closedWithoutCommit_storesNothing() {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      try (BulkLoad bulk = store.startBulkLoad().orElseThrow()) {
        bulk.add(List.of(person(1, "a", email("a@example.com"))));
      }
      assertThat(store.lookup(List.of(email("a@example.com"))).get(0)).isEmpty();
      assertThat(store.startBulkLoad()).isPresent().get().satisfies(BulkLoad::close);
    }
    assertThat(Files.exists(dir.resolve("bulk-load"))).isFalse();
  }
}
