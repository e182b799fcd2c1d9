package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStoreContract;
import io.idgraph.store.IndexKey;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RocksDbIdentityStoreTest extends IdentityStoreContract {

  @Override
  protected IdentityStore newWritable(Path dir) {
    return RocksDbIdentityStore.openWritable(dir);
  }

  @Override
  protected IdentityStore newReader(Path dir) {
    return RocksDbIdentityStore.openReader(dir, Duration.ZERO);
  }

  private byte[] rawIndexValue(IndexKey key) throws Exception {
    try (RocksDbHandles handles = RocksDbHandles.openPrimary(dir)) {
      return handles.db.get(handles.cf(Family.INDEX), Keys.index(key));
    }
  }

  @Test
  void upsert_reloadsDoNotGrowStoredValues() throws Exception {
    IndexKey home = plain(IdType.ADDRESS, "Z|94105|12|main st");
    try (IdentityStore store = newWritable(dir)) {
      for (int round = 0; round < 4; round++) {
        store.upsert(List.of(write(1L, entry(home, 0.7)), write(2L, entry(home, 0.6))));
      }
    }

    assertThat(rawIndexValue(home)).hasSize(2 * Postings.STRIDE);
  }

  @Test
  void delete_ofTheLastPersonAtAnAddressForgetsTheAddress() {
    AddressEntry shared = address("Z|94105|12|main st", "Z|94105|12");
    IdentityStore store = newWritable(dir);
    try (store) {
      store.upsert(
          List.of(
              new PersonWrite(record(1L, "A", "A"), List.of(), List.of(shared)),
              new PersonWrite(record(2L, "B", "B"), List.of(), List.of(shared))));

      store.delete(1L);
      assertThat(store.addressBlock("Z|94105|12", 10)).containsExactly(shared.matchKey());

      store.delete(2L);
      assertThat(store.addresses(List.of(shared.matchKey()))).isEmpty();
      assertThat(store.addressBlock("Z|94105|12", 10)).isEmpty();
    }
  }

  @Test
  void upsert_movedPersonTakesTheAddressWithIt() {
    AddressEntry before = address("Z|94105|12|main st", "Z|94105|12");
    AddressEntry after = address("Z|10001|5|broadway", "Z|10001|5");
    try (IdentityStore store = newWritable(dir)) {
      store.upsert(List.of(new PersonWrite(record(1L, "A", "A"), List.of(), List.of(before))));

      store.upsert(List.of(new PersonWrite(record(1L, "A", "A"), List.of(), List.of(after))));

      assertThat(store.addresses(List.of(before.matchKey(), after.matchKey())))
          .containsOnlyKeys(after.matchKey());
      assertThat(store.addressBlock("Z|94105|12", 10)).isEmpty();
    }
  }

  @Test
  void openWritable_refusesAStoreOfTheOlderFormat() throws Exception {
    try (IdentityStore store = newWritable(dir)) {
      store.upsert(List.of(write(1L, entry(plain(IdType.EMAIL, "ann@example.com"), 0.9))));
    }
    try (RocksDbHandles handles = RocksDbHandles.openPrimary(dir)) {
      handles.db.delete(handles.cf(Family.DEFAULT), "dictionary".getBytes(StandardCharsets.UTF_8));
    }

    assertThatThrownBy(() -> newWritable(dir))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining("older idgraph")
        .extracting(e -> ((IdgraphException) e).code())
        .isEqualTo(ErrorCode.STORE_UNAVAILABLE);
  }

  @Test
  void cacheMb_writerGetsAQuarterOfMemoryWithinBoundsReadersAFixedSize() {
    assertThat(RocksDbHandles.cacheMb(true))
        .isBetween(RocksDbHandles.MIN_CACHE_MB, RocksDbHandles.MAX_CACHE_MB);
    assertThat(RocksDbHandles.cacheMb(false)).isEqualTo(RocksDbHandles.READER_CACHE_MB);
  }

  @Test
  void close_ofTheWriterLeavesNoLogForAReaderToReplay() throws Exception {
    try (IdentityStore store = newWritable(dir)) {
      store.upsert(List.of(write(1L, entry(plain(IdType.EMAIL, "ann@example.com"), 0.9))));
    }

    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".log")))
          .allSatisfy(f -> assertThat(java.nio.file.Files.size(f)).isZero());
    }
  }

  @Test
  void close_releasesTheDirForTheNextWriter() {
    newWritable(dir).close();
    IdentityStore reader = newReader(dir);
    reader.close();

    try (IdentityStore again = newWritable(dir)) {
      assertThat(again.stats().persons()).isZero();
    }
  }
}
