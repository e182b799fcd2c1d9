package io.idgraph.store.rocksdb;

import io.idgraph.files.PrivateFiles;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A new owner-only file written from one thread through a buffer of its own: a bulk load appends
 * about 30 values a person to its temporary files, and a {@code BufferedOutputStream} takes a lock
 * on every one of them (a sixth of the loading thread's time in a profile).
 */
final class AppendFile implements AutoCloseable {
  private final FileOutputStream out;
  private final byte[] buffer;
  private int buffered;
  private long written;
  private boolean closed;

  AppendFile(Path path, int bufferBytes) throws IOException {
    PrivateFiles.createFile(path);
    this.out = new FileOutputStream(path.toFile());
    this.buffer = new byte[Math.max(16, bufferBytes)];
  }

  /** Appends {@code bytes}, their length first (4 bytes, big-endian). */
  void writeWithLength(byte[] bytes) throws IOException {
    if (buffer.length - buffered < 4) {
      flushBuffer();
    }
    int length = bytes.length;
    buffer[buffered] = (byte) (length >>> 24);
    buffer[buffered + 1] = (byte) (length >>> 16);
    buffer[buffered + 2] = (byte) (length >>> 8);
    buffer[buffered + 3] = (byte) length;
    buffered += 4;
    written += 4L + length;
    if (length > buffer.length - buffered) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, buffered, length);
    buffered += length;
  }

  /** The bytes appended so far (buffered or not): where the next value's length goes. */
  long size() {
    return written;
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, buffered);
    buffered = 0;
  }

  /** Writes what is buffered and closes the file; again, does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (FileOutputStream file = out) {
      flushBuffer();
    }
  }
}
