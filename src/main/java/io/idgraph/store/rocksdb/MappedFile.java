package io.idgraph.store.rocksdb;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only memory map of a whole file of any size, in chunks of 1 GiB (a Java buffer holds at
 * most 2 GiB). Fixed-width values at aligned positions never straddle two chunks; byte runs may,
 * and are read across. Safe for concurrent readers: only absolute reads are used.
 */
final class MappedFile {
  private static final int CHUNK_BITS = 30;
  private static final long CHUNK = 1L << CHUNK_BITS;
  private static final int MASK = (int) (CHUNK - 1);
  private static final int PAGE_IN_SLICE = 16 << 20;

  /** {@code sun.misc.Unsafe.invokeCleaner}, to unmap at once; null where the JDK lacks it. */
  private static final Object UNSAFE;

  private static final Method INVOKE_CLEANER;

  static {
    Object unsafe = null;
    Method invokeCleaner = null;
    try {
      Class<?> type = Class.forName("sun.misc.Unsafe");
      Field field = type.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      unsafe = field.get(null);
      invokeCleaner = type.getMethod("invokeCleaner", ByteBuffer.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the maps go when they are garbage collected
    }
    UNSAFE = unsafe;
    INVOKE_CLEANER = invokeCleaner;
  }

  private final MappedByteBuffer[] chunks;
  private final long size;

  private MappedFile(MappedByteBuffer[] chunks, long size) {
    this.chunks = chunks;
    this.size = size;
  }

  static MappedFile open(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int n = (int) ((size + CHUNK - 1) >>> CHUNK_BITS);
      MappedByteBuffer[] chunks = new MappedByteBuffer[n];
      for (int i = 0; i < n; i++) {
        long start = (long) i << CHUNK_BITS;
        chunks[i] =
            channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(CHUNK, size - start));
      }
      return new MappedFile(chunks, size);
    }
  }

  /**
   * Unmaps now (a deleted file's space is freed, and its file system can be unmounted) rather than
   * at garbage collection. The caller guarantees that no read of this file runs or follows: a read
   * after this would crash the process.
   */
  void unmap() {
    if (INVOKE_CLEANER == null) {
      return;
    }
    for (int i = 0; i < chunks.length; i++) {
      MappedByteBuffer chunk = chunks[i];
      chunks[i] = null;
      try {
        INVOKE_CLEANER.invoke(UNSAFE, chunk);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // left to the garbage collector
      }
    }
  }

  long size() {
    return size;
  }

  /** Touches every page, a slice of {@value #PAGE_IN_SLICE} bytes at a time, while allowed. */
  void pageIn(PageInBudget budget) {
    for (MappedByteBuffer chunk : chunks) {
      for (int at = 0; at < chunk.capacity(); at += PAGE_IN_SLICE) {
        int length = Math.min(PAGE_IN_SLICE, chunk.capacity() - at);
        if (!budget.allows(length)) {
          return;
        }
        chunk.slice(at, length).load();
        budget.spend(length);
      }
    }
  }

  /** A big-endian long at a multiple of 8. */
  long getLong(long pos) {
    return chunks[(int) (pos >>> CHUNK_BITS)].getLong((int) pos & MASK);
  }

  /** A big-endian int at a multiple of 4. */
  int getInt(long pos) {
    return chunks[(int) (pos >>> CHUNK_BITS)].getInt((int) pos & MASK);
  }

  /** Copies {@code length} bytes from {@code pos} into {@code dst} at {@code offset}. */
  void copy(long pos, byte[] dst, int offset, int length) {
    while (length > 0) {
      MappedByteBuffer chunk = chunks[(int) (pos >>> CHUNK_BITS)];
      int at = (int) pos & MASK;
      int n = Math.min(length, chunk.capacity() - at);
      chunk.get(at, dst, offset, n);
      pos += n;
      offset += n;
      length -= n;
    }
  }
}
