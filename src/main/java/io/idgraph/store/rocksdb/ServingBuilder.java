package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.io.IOException;
import java.nio.file.Path;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;

/**
 * Builds a serving generation from the store: one sequential pass over the profiles, one over the
 * index (stored in fingerprint order, so nothing is sorted), from one RocksDB snapshot, then makes
 * it the current generation and drops the change log entries it includes.
 */
final class ServingBuilder {
  private ServingBuilder() {}

  /** Builds and publishes a generation holding every change up to {@code changeSeq}. */
  static void build(RocksDbHandles handles, Path storeDir, long changeSeq)
      throws RocksDBException, IOException {
    Path servingDir = ServingFiles.dir(storeDir);
    Path generation = ServingFiles.newGeneration(servingDir);
    Snapshot snapshot = handles.db.getSnapshot();
    try (ReadOptions options =
        new ReadOptions().setSnapshot(snapshot).setFillCache(false).setReadaheadSize(4 << 20)) {
      long expected =
          handles.db.getLongProperty(handles.cf(Family.INDEX), "rocksdb.estimate-num-keys");
      try (GenerationWriter out = new GenerationWriter(generation, expected)) {
        try (RocksIterator it = handles.db.newIterator(handles.cf(Family.PROFILES), options)) {
          for (it.seekToFirst(); it.isValid(); it.next()) {
            out.addPerson(Keys.personId(it.key()), it.value());
          }
          it.status();
        }
        try (RocksIterator it = handles.db.newIterator(handles.cf(Family.INDEX), options)) {
          for (it.seekToFirst(); it.isValid(); it.next()) {
            out.addKey(it.key(), Postings.links(it.value()));
          }
          it.status();
        }
        out.finish(changeSeq);
      }
    } catch (IOException | RocksDBException | RuntimeException e) {
      StoreFiles.deleteTree(generation);
      throw e;
    } finally {
      handles.db.releaseSnapshot(snapshot);
    }
    ServingFiles.publish(servingDir, generation);
    handles.db.deleteRange(
        handles.cf(Family.CHANGES), ChangeLog.key(0), ChangeLog.key(changeSeq + 1));
  }
}
