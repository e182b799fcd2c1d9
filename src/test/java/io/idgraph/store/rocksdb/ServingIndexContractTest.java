package io.idgraph.store.rocksdb;

import io.idgraph.graph.Domain;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStoreContract;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.StoreStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rocksdb.RocksDBException;

/**
 * The contract again, with a serving generation built after every write, so that every read a test
 * makes goes through the memory-mapped serving index rather than the change log.
 */
class ServingIndexContractTest extends IdentityStoreContract {

  @Override
  protected IdentityStore newWritable(Path dir) {
    return new RebuildingStore(RocksDbIdentityStore.openWritable(dir));
  }

  @Override
  protected IdentityStore newReader(Path dir) {
    return RocksDbIdentityStore.openReader(dir, Duration.ZERO);
  }

  /** Delegates, and rebuilds the serving index after each write. */
  private record RebuildingStore(RocksDbIdentityStore store) implements IdentityStore {
    private void rebuild() {
      try {
        store.rebuildServing();
      } catch (RocksDBException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void upsert(List<PersonWrite> batch) {
      store.upsert(batch);
      rebuild();
    }

    @Override
    public List<List<Link>> lookup(List<IndexKey> keys) {
      return store.lookup(keys);
    }

    @Override
    public List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains) {
      return store.persons(personIds, attributeDomains);
    }

    @Override
    public Map<String, AddressEntry> addresses(Collection<String> matchKeys) {
      return store.addresses(matchKeys);
    }

    @Override
    public List<String> addressBlock(String blockKey, int limit) {
      return store.addressBlock(blockKey, limit);
    }

    @Override
    public List<IndexKey> keysOf(long personId) {
      return store.keysOf(personId);
    }

    @Override
    public List<PersonLineage> lineage(long[] personIds) {
      return store.lineage(personIds);
    }

    @Override
    public void putLineage(Map<Long, PersonLineage> lineage) {
      store.putLineage(lineage);
    }

    @Override
    public boolean delete(long personId) {
      boolean deleted = store.delete(personId);
      rebuild();
      return deleted;
    }

    @Override
    public StoreStats stats() {
      return store.stats();
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
