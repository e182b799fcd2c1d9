package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * A stored file's bytes read chunk by chunk, the next chunk fetched while this one is consumed: at
 * most two chunks (2 MiB) in memory, whatever the file's size.
 */
final class ChunkInputStream extends InputStream {
  private final ClusterFiles files;
  private final UUID id;
  private final int chunks;
  private int next;
  private CompletionStage<AsyncResultSet> prefetch;
  private ByteBuffer current = ByteBuffer.allocate(0);

  ChunkInputStream(ClusterFiles files, UUID id, int chunks) {
    this.files = files;
    this.id = id;
    this.chunks = chunks;
    this.prefetch = fetch(0);
  }

  private CompletionStage<AsyncResultSet> fetch(int chunk) {
    return chunk < chunks ? files.session.executeAsync(files.selectChunk.bind(id, chunk)) : null;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!current.hasRemaining()) {
      if (prefetch == null) {
        return -1;
      }
      current = take();
    }
    int n = Math.min(len, current.remaining());
    current.get(b, off, n);
    return n;
  }

  private ByteBuffer take() throws IOException {
    Row row;
    try {
      row = prefetch.toCompletableFuture().get().one();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading a file from the cluster", e);
    } catch (ExecutionException e) {
      throw new IOException(Concurrent.failure(e.getCause()).getMessage(), e.getCause());
    }
    if (row == null) {
      throw new IOException("a chunk of the file is missing: it expired or was deleted");
    }
    next++;
    prefetch = fetch(next);
    return row.getByteBuffer(0);
  }

  @Override
  public void close() {
    prefetch = null;
    current = ByteBuffer.allocate(0);
  }
}
