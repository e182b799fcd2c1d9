package io.idgraph.store.rocksdb;

import io.idgraph.graph.DaemonThreads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.rocksdb.RocksDBException;

/**
 * Writes batches into sorted files on a thread of its own, one batch at a time and in the order
 * given, while the caller does other work (a bulk load writes the serving index meanwhile). At most
 * one batch runs and one waits: {@link #submit} first waits for the batch before.
 */
final class BackgroundPuts implements AutoCloseable {
  /** A batch of puts. */
  interface Batch {
    void run() throws RocksDBException;
  }

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(DaemonThreads.named("idgraph-bulk-sst"));
  private Future<?> previous = CompletableFuture.completedFuture(null);

  /** Waits for the batch before, then starts {@code batch}. */
  void submit(Batch batch) throws RocksDBException {
    await();
    previous =
        thread.submit(
            () -> {
              batch.run();
              return null;
            });
  }

  /** Waits for the last batch; its failure is thrown here. */
  void await() throws RocksDBException {
    try {
      previous.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RocksDBException cause) {
        throw cause;
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("a bulk load write failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the bulk load was interrupted", e);
    }
  }

  /** Stops the thread and waits for it, so that no batch still writes when the files close. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
