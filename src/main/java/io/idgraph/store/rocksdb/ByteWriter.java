package io.idgraph.store.rocksdb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer with varints and length-prefixed UTF-8 strings. */
final class ByteWriter {
  private byte[] buf;
  private int size;

  ByteWriter(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  void reset() {
    size = 0;
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  void writeByte(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  void writeBytes(byte[] bytes) {
    writeBytes(bytes, 0, bytes.length);
  }

  void writeBytes(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buf, size, length);
    size += length;
  }

  void writeInt(int v) {
    ensure(4);
    buf[size++] = (byte) (v >>> 24);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
  }

  void writeLong(long v) {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeDouble(double v) {
    writeLong(Double.doubleToRawLongBits(v));
  }

  void writeVarint(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("varint must be non-negative, got " + v);
    }
    while (v >= 0x80) {
      writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    writeByte(v);
  }

  /** An unsigned varint of a long (7 bits a byte, low bits first). */
  void writeVarlong(long v) {
    while ((v & ~0x7FL) != 0) {
      writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    writeByte((int) v);
  }

  /** A signed long as a zigzag varint: small magnitudes take few bytes. */
  void writeZigzag(long v) {
    writeVarlong((v << 1) ^ (v >> 63));
  }

  /**
   * A double in few bytes when it is a short decimal (as quality scores and coordinates are): the
   * scaled integer and the scale in one zigzag varint, else a marker and the 8 raw bytes. Exact:
   * the reader gets the very same double back.
   */
  void writeDecimal(double v) {
    for (int scale = 0; scale < DECIMAL_SCALES.length; scale++) {
      double scaled = v * DECIMAL_SCALES[scale];
      if (Math.abs(scaled) < (1L << 40)) {
        long k = Math.round(scaled);
        if (k / DECIMAL_SCALES[scale] == v && (k != 0 || Double.doubleToRawLongBits(v) == 0)) {
          writeVarlong((((k << 1) ^ (k >> 63)) << 2) | scale);
          return;
        }
      }
    }
    writeVarlong(DECIMAL_RAW);
    writeDouble(v);
  }

  static final double[] DECIMAL_SCALES = {1e2, 1e4, 1e6};
  static final int DECIMAL_RAW = 3;

  void writeBlob(byte[] bytes) {
    writeVarint(bytes.length);
    writeBytes(bytes);
  }

  void writeString(String s) {
    writeBlob(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a section's content length before it: call with the writer holding the content. */
  void writeSection(ByteWriter content) {
    writeVarint(content.size);
    writeBytes(content.buf, 0, content.size);
  }
}
