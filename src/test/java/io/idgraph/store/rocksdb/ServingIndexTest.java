package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving index: restart, deletes and upserts before a rebuild, collisions, loads. */
class ServingIndexTest {
  @TempDir Path dir;

  private static final IndexKey ANN = key("ann@example.com");
  private static final IndexKey BOB = key("bob@example.com");
  private static final IndexKey CAT = key("cat@example.com");

  private static IndexKey key(String email) {
    return new IndexKey(
        IdType.EMAIL,
        io.idgraph.graph.HashType.PLAINTEXT,
        email.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static PersonWrite person(long id, IndexKey... keys) {
    List<IndexEntry> index = new ArrayList<>();
    for (IndexKey k : keys) {
      index.add(new IndexEntry(k, 0.9f));
    }
    PersonRecord record =
        new PersonRecord(
            id,
            0.5,
            null,
            "first" + id,
            "last" + id,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            java.util.Map.of());
    return new PersonWrite(record, index, List.of());
  }

  private RocksDbIdentityStore reader() {
    return RocksDbIdentityStore.openReader(dir, Duration.ZERO);
  }

  private static List<Long> ids(List<Link> links) {
    return links.stream().map(Link::personId).toList();
  }

  @Test
  void restart_readsTheGenerationTheLastWriterBuilt() throws Exception {
    try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.upsert(List.of(person(1, ANN), person(2, BOB)));
    }
    assertThat(ServingFiles.current(ServingFiles.dir(dir))).isNotNull();
    // take ANN out of RocksDB behind the store's back: a read that still finds it used the index
    try (RocksDbHandles handles = RocksDbHandles.openPrimary(dir)) {
      handles.db.delete(handles.cf(Family.INDEX), Keys.index(ANN));
    }

    try (IdentityStore reader = reader()) {
      assertThat(ids(reader.lookup(List.of(ANN)).get(0))).containsExactly(1L);
      assertThat(reader.persons(new long[] {2, 3}, Set.of()).get(0).firstName())
          .isEqualTo("first2");
      assertThat(reader.persons(new long[] {2, 3}, Set.of()).get(1)).isNull();
    }
  }

  @Test
  void changesBeforeARebuild_areReadFromTheStoreByWriterAndReaders() throws Exception {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir);
        RocksDbIdentityStore reader = reader()) {
      store.upsert(List.of(person(1, ANN), person(2, BOB), person(3, CAT)));
      store.rebuildServing();
      assertThat(ids(reader.lookup(List.of(ANN)).get(0))).containsExactly(1L);

      store.delete(1);
      store.upsert(List.of(person(4, BOB), person(3)));

      for (IdentityStore s : List.of(store, reader)) {
        List<List<Link>> found = s.lookup(List.of(ANN, BOB, CAT));
        assertThat(ids(found.get(0))).isEmpty();
        assertThat(ids(found.get(1))).containsExactlyInAnyOrder(2L, 4L);
        assertThat(ids(found.get(2))).isEmpty();
        List<PersonRecord> persons = s.persons(new long[] {1, 2, 4}, Set.of());
        assertThat(persons.get(0)).isNull();
        assertThat(persons.get(1).personId()).isEqualTo(2L);
        assertThat(persons.get(2).personId()).isEqualTo(4L);
      }
    }
  }

  @Test
  void fingerprintCollision_isToldApartByTheKeyCheck() throws Exception {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.upsert(List.of(person(1, BOB)));
    }
    // file BOB's bytes under ANN's fingerprint, as if the two keys collided
    byte[] ann = Keys.index(ANN);
    byte[] bob = Keys.index(BOB);
    byte[] collided = Arrays.copyOf(ann, Keys.FINGERPRINT_BYTES);
    collided = Arrays.copyOf(collided, bob.length);
    System.arraycopy(bob, Keys.FINGERPRINT_BYTES, collided, Keys.FINGERPRINT_BYTES, bob.length - 8);
    try (RocksDbHandles handles = RocksDbHandles.openPrimary(dir)) {
      handles.db.put(handles.cf(Family.INDEX), collided, Postings.entry(1, 0.9f));
    }
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.rebuildServing();
      assertThat(store.lookup(List.of(ANN)).get(0)).isEmpty();

      store.upsert(List.of(person(2, ANN)));
      store.rebuildServing();

      assertThat(ids(store.lookup(List.of(ANN)).get(0))).containsExactly(2L);
      try (IdentityStore reader = reader()) {
        assertThat(ids(reader.lookup(List.of(ANN, BOB)).get(0))).containsExactly(2L);
      }
    }
  }

  @Test
  void anEarlierReleasesLayout_isBuiltAnewWhenTheStoreOpens() throws Exception {
    try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.upsert(List.of(person(1, ANN), person(2, BOB)));
    }
    Path servingDir = ServingFiles.dir(dir);
    String older = ServingFiles.current(servingDir);
    Path meta = servingDir.resolve(older).resolve(ServingLayout.META);
    byte[] bytes = Files.readAllBytes(meta);
    bytes[7] = 1; // the layout version (big-endian int after the magic) of the first release
    Files.write(meta, bytes);

    try (IdentityStore reader = reader()) {
      assertThat(ServingFiles.current(servingDir)).isNotEqualTo(older);
      assertThat(servingDir.resolve(older)).doesNotExist();
      assertThat(ids(reader.lookup(List.of(ANN)).get(0))).containsExactly(1L);
    }
    // the new generation serves reads: take BOB out of RocksDB behind the store's back
    try (RocksDbHandles handles = RocksDbHandles.openPrimary(dir)) {
      handles.db.delete(handles.cf(Family.INDEX), Keys.index(BOB));
    }
    try (IdentityStore reader = reader()) {
      assertThat(ids(reader.lookup(List.of(BOB)).get(0))).containsExactly(2L);
    }
  }

  @Test
  void loadWhileServing_readerSeesEachBatchThenTheNewGeneration() throws Exception {
    try (RocksDbIdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.upsert(List.of(person(1, ANN)));
    }
    String first = ServingFiles.current(ServingFiles.dir(dir));
    try (RocksDbIdentityStore reader = reader()) {
      try (RocksDbIdentityStore load = RocksDbIdentityStore.openWritable(dir)) {
        for (long next = 100; next < 2_100; next += 500) {
          List<PersonWrite> batch = new ArrayList<>();
          for (long id = next; id < next + 500; id++) {
            batch.add(person(id, key("p" + id + "@example.com")));
          }
          load.upsert(batch);
          IndexKey last = key("p" + (next + 499) + "@example.com");
          assertThat(ids(reader.lookup(List.of(last, ANN)).get(0))).containsExactly(next + 499);
        }
        load.delete(1);
        assertThat(reader.lookup(List.of(ANN)).get(0)).isEmpty();
      }
      String second = ServingFiles.current(ServingFiles.dir(dir));
      assertThat(second).isNotEqualTo(first);
      assertThat(Files.exists(ServingFiles.dir(dir).resolve(first))).isFalse();

      List<IndexKey> all = new ArrayList<>();
      for (long id = 100; id < 2_100; id++) {
        all.add(key("p" + id + "@example.com"));
      }
      List<List<Link>> found = reader.lookup(all);
      for (int i = 0; i < all.size(); i++) {
        assertThat(ids(found.get(i))).containsExactly(100L + i);
      }
      assertThat(reader.lookup(List.of(ANN)).get(0)).isEmpty();
      assertThat(reader.persons(new long[] {1, 2_099}, Set.of()).get(0)).isNull();
    }
  }

  @Test
  void persons_withoutDomains_readTheCoreOfALongRecordWithoutItsAttributes() throws Exception {
    List<io.idgraph.graph.Contact> emails = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      emails.add(io.idgraph.graph.Contact.of("someone.with.a.long.name" + i + "@example.com", 0.8));
    }
    List<io.idgraph.graph.Contact> addresses =
        List.of(
            new io.idgraph.graph.Contact(
                "549 Pfeffer Pkwy Apt 4, Millers Falls, MA 01349",
                0.7,
                new io.idgraph.graph.Geo(42.58, -72.49)));
    PersonRecord record =
        new PersonRecord(
            7,
            0.5,
            null,
            "Ann",
            "Lee",
            emails,
            List.of(io.idgraph.graph.Contact.of("+14155550101", 0.9)),
            addresses,
            List.of(),
            java.util.Map.of(
                io.idgraph.graph.Domain.DEMOGRAPHIC, java.util.Map.of("age_range", "35-44")));
    try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      store.upsert(List.of(new PersonWrite(record, List.of(new IndexEntry(ANN, 0.9f)), List.of())));
    }

    try (IdentityStore reader = reader()) {
      PersonRecord core = reader.persons(new long[] {7}, Set.of()).get(0);
      assertThat(core.firstName()).isEqualTo("Ann");
      assertThat(core.contacts(IdType.EMAIL)).isEqualTo(emails); // a core of over 127 bytes
      assertThat(core.contacts(IdType.ADDRESS)).isEqualTo(addresses);
      assertThat(core.attributes()).isEmpty();
      assertThat(reader.persons(new long[] {7}, null).get(0).attributes())
          .containsKey(io.idgraph.graph.Domain.DEMOGRAPHIC);
    }
  }
}
