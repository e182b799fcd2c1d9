package io.idgraph.store.rocksdb;

import java.io.IOException;
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

  long size() {
    return size;
  }

  /** A big-endian long at a multiple of 8. */
  long getLong(long pos) {
    return chunks[(int) (pos >>> CHUNK_BITS)].getLong((int) pos & MASK);
  }

  /** A big-endian int at a multiple of 4. */
  int getInt(long pos) {
    return chunks[(int) (pos >>> CHUNK_BITS)].getInt((int) pos & MASK);
  }

  int getByte(long pos) {
    return chunks[(int) (pos >>> CHUNK_BITS)].get((int) pos & MASK) & 0xFF;
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
