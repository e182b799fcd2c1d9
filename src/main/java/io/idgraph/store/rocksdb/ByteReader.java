package io.idgraph.store.rocksdb;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteWriter} wrote, from a byte array. */
final class ByteReader {
  /** The most bytes a varint of an int takes. */
  static final int MAX_VARINT_BYTES = 5;

  private final byte[] buf;
  private final int end;
  private int pos;

  ByteReader(byte[] buf) {
    this(buf, 0, buf.length);
  }

  private ByteReader(byte[] buf, int pos, int end) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  /** A reader of the next {@code length} bytes; this reader skips past them. */
  ByteReader slice(int length) {
    ByteReader slice = new ByteReader(buf, pos, pos + length);
    pos += length;
    return slice;
  }

  /** Where the next byte is read from, in the array. */
  int position() {
    return pos;
  }

  boolean hasMore() {
    return pos < end;
  }

  int readByte() {
    return buf[pos++] & 0xFF;
  }

  int readInt() {
    int v =
        (buf[pos] & 0xFF) << 24
            | (buf[pos + 1] & 0xFF) << 16
            | (buf[pos + 2] & 0xFF) << 8
            | (buf[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  long readLong() {
    return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
  }

  double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  int readVarint() {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = readByte();
      v |= (b & 0x7F) << shift;
      if (b < 0x80) {
        return v;
      }
    }
    throw new IllegalStateException("a stored varint is malformed");
  }

  long readVarlong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      v |= (long) (b & 0x7F) << shift;
      if (b < 0x80) {
        return v;
      }
    }
    throw new IllegalStateException("a stored varint is malformed");
  }

  long readZigzag() {
    long v = readVarlong();
    return (v >>> 1) ^ -(v & 1);
  }

  /** Reads what {@link ByteWriter#writeDecimal} wrote. */
  double readDecimal() {
    long header = readVarlong();
    int scale = (int) (header & 3);
    if (scale == ByteWriter.DECIMAL_RAW) {
      return readDouble();
    }
    long zz = header >>> 2;
    long k = (zz >>> 1) ^ -(zz & 1);
    return k / ByteWriter.DECIMAL_SCALES[scale];
  }

  byte[] readBlob() {
    int len = readVarint();
    byte[] out = new byte[len];
    System.arraycopy(buf, pos, out, 0, len);
    pos += len;
    return out;
  }

  String readString() {
    int len = readVarint();
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  void skip(int n) {
    pos += n;
  }
}
