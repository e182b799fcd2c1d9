package io.idgraph.store.rocksdb;

import io.idgraph.files.PrivateFiles;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A new owner-only file written from one thread through a buffer of its own, numbers big-endian: a
 * bulk load appends about 30 values a person to its temporary files and the serving index a few
 * numbers per entry, and a {@code BufferedOutputStream} takes a lock on every one of them (a sixth
 * of the loading thread's time in a profile).
 */
final class AppendFile implements AutoCloseable {
  private final FileOutputStream out;
  private final byte[] buffer;
  private final boolean forceOnClose;
  private int buffered;
  private long written;
  private boolean closed;

  /** A temporary file: closing writes out the buffer. */
  AppendFile(Path path, int bufferBytes) throws IOException {
    this(path, bufferBytes, false);
  }

  private AppendFile(Path path, int bufferBytes, boolean forceOnClose) throws IOException {
    PrivateFiles.createFile(path);
    this.out = new FileOutputStream(path.toFile());
    this.buffer = new byte[Math.max(16, bufferBytes)];
    this.forceOnClose = forceOnClose;
  }

  /** A file that must outlast a crash once closed: closing also forces it to disk. */
  static AppendFile durable(Path path, int bufferBytes) throws IOException {
    return new AppendFile(path, bufferBytes, true);
  }

  void writeLong(long v) throws IOException {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeInt(int v) throws IOException {
    if (buffer.length - buffered < 4) {
      flushBuffer();
    }
    buffer[buffered] = (byte) (v >>> 24);
    buffer[buffered + 1] = (byte) (v >>> 16);
    buffer[buffered + 2] = (byte) (v >>> 8);
    buffer[buffered + 3] = (byte) v;
    buffered += 4;
    written += 4;
  }

  /** As {@link java.io.DataOutputStream#writeFloat} writes it. */
  void writeFloat(float v) throws IOException {
    writeInt(Float.floatToIntBits(v));
  }

  void write(byte[] bytes, int offset, int length) throws IOException {
    written += length;
    if (length > buffer.length - buffered) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(bytes, offset, length);
        return;
      }
    }
    System.arraycopy(bytes, offset, buffer, buffered, length);
    buffered += length;
  }

  /** Appends {@code bytes}, their length first (4 bytes). */
  void writeWithLength(byte[] bytes) throws IOException {
    writeInt(bytes.length);
    write(bytes, 0, bytes.length);
  }

  /** The bytes appended so far (buffered or not): where the next value goes. */
  long size() {
    return written;
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, buffered);
    buffered = 0;
  }

  /** Writes what is buffered (and forces a durable file to disk), then closes; again, nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (FileOutputStream file = out) {
      flushBuffer();
      if (forceOnClose) {
        file.getFD().sync();
      }
    }
  }
}
