package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import io.idgraph.store.ExpiringFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * A file being written to the cluster: bytes are cut into 1 MiB chunks, each written as it fills,
 * at most {@link #IN_FLIGHT} chunk writes outstanding (so memory stays a few MiB whatever the
 * file's size). Each chunk's TTL covers the file's lifetime from now; chunks that would lapse
 * before the committed file's expiry (a slow upload) are written again at commit.
 */
final class ChunkDraft implements ExpiringFiles.Draft {
  static final int IN_FLIGHT = 4;

  private final ClusterFiles files;
  private final String name;
  private final Duration lifetime;
  private final UUID id = UUID.randomUUID();
  private final ArrayDeque<CompletionStage<AsyncResultSet>> pending = new ArrayDeque<>();
  private final byte[] buffer = new byte[ClusterFiles.CHUNK_BYTES];
  private int filled;
  private int chunks;
  private long size;
  private Instant firstChunkLapses;
  private boolean closed;

  ChunkDraft(ClusterFiles files, String name, Duration lifetime) {
    this.files = files;
    this.name = name;
    this.lifetime = lifetime;
  }

  @Override
  public OutputStream out() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
          int n = Math.min(len, buffer.length - filled);
          System.arraycopy(b, off, buffer, filled, n);
          filled += n;
          size += n;
          off += n;
          len -= n;
          if (filled == buffer.length) {
            flushChunk();
          }
        }
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          if (filled > 0) {
            flushChunk();
          }
          while (!pending.isEmpty()) {
            await(pending.removeFirst());
          }
        }
      }
    };
  }

  private void flushChunk() throws IOException {
    if (pending.size() >= IN_FLIGHT) {
      await(pending.removeFirst());
    }
    Instant lapses = Instant.now().plus(lifetime).plus(ClusterFiles.CHUNK_SLACK);
    if (firstChunkLapses == null) {
      firstChunkLapses = lapses;
    }
    ByteBuffer data = ByteBuffer.wrap(java.util.Arrays.copyOf(buffer, filled));
    pending.addLast(
        files.session.executeAsync(
            files.insertChunk.bind(id, chunks, data, ClusterFiles.ttlUntil(lapses))));
    chunks++;
    filled = 0;
  }

  /** Waits for a chunk write; a cluster failure is a STORE_UNAVAILABLE error, not a lost client. */
  private static void await(CompletionStage<AsyncResultSet> write) throws IOException {
    try {
      write.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while storing a file in the cluster", e);
    } catch (ExecutionException e) {
      throw Concurrent.failure(e.getCause());
    }
  }

  @Override
  public Optional<ExpiringFiles.Entry> commit(Instant expiresAt) throws IOException {
    out().close();
    if (firstChunkLapses != null && firstChunkLapses.isBefore(expiresAt)) {
      files.rewriteChunks(id, chunks, expiresAt);
    }
    if (!files.commit(name, new ClusterFiles.Stored(id, size, chunks, expiresAt))) {
      abort();
      return Optional.empty();
    }
    return Optional.of(new ExpiringFiles.Entry(name, size, expiresAt));
  }

  @Override
  public void abort() {
    closed = true;
    while (!pending.isEmpty()) {
      try {
        await(pending.removeFirst());
      } catch (IOException | RuntimeException e) {
        // dropping it anyway
      }
    }
    try {
      files.deleteChunks(id, chunks);
    } catch (RuntimeException e) {
      // the chunks expire by their TTL
    }
  }
}
