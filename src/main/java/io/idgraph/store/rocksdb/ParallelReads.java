package io.idgraph.store.rocksdb;

import io.idgraph.graph.DaemonThreads;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rocksdb.RocksDBException;

/**
 * Splitting one large multi-get over two cores. On by default where there is more than one core;
 * {@code -Didgraph.store.parallel-reads=false} turns it off (for side-by-side benchmarks).
 */
final class ParallelReads {
  /** Batches smaller than this are read on the calling thread alone. */
  static final int MIN_KEYS = 128;

  static final boolean ENABLED =
      Runtime.getRuntime().availableProcessors() > 1
          && !"false".equals(System.getProperty("idgraph.store.parallel-reads"));

  static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
          DaemonThreads.named("idgraph-store-read"));

  interface Read<T> {
    T run() throws RocksDBException;
  }

  private ParallelReads() {}

  static <T> T unchecked(Read<T> read) {
    try {
      return read.run();
    } catch (RocksDBException e) {
      throw new CompletionException(e);
    }
  }

  static <T> T join(CompletableFuture<T> future) throws RocksDBException {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RocksDBException cause) {
        throw cause;
      }
      if (e.getCause() instanceof IdgraphException cause) {
        throw cause;
      }
      throw new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "a store read failed", e.getCause());
    }
  }
}
