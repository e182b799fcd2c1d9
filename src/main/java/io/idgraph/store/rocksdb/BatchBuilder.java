package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import org.rocksdb.WriteBatch;

/**
 * Builds a WriteBatch in its serialized form (RocksDB's documented write-batch and WAL record
 * format) on the Java side, so a batch of tens of thousands of writes crosses JNI once instead of
 * once a write. Header: fixed64 sequence (0), fixed32 count, little-endian; then per record a tag,
 * the column family id as a varint, and the key and value as varint-length strings.
 */
final class BatchBuilder {
  private static final int HEADER = 12;
  private static final int CF_DELETE = 0x4;
  private static final int CF_PUT = 0x5;
  private static final int CF_MERGE = 0x6;

  private final RocksDbHandles handles;
  private final ByteWriter out;
  private int count;

  BatchBuilder(RocksDbHandles handles, int capacity) {
    this.handles = handles;
    this.out = new ByteWriter(capacity);
    out.writeBytes(new byte[HEADER]);
  }

  /** Empties the builder for the next batch, keeping its buffer. */
  BatchBuilder reset() {
    out.reset();
    out.writeBytes(new byte[HEADER]);
    count = 0;
    return this;
  }

  void put(Family family, byte[] key, byte[] value) {
    record(CF_PUT, family, key);
    out.writeBlob(value);
  }

  /** A put whose value is what {@code value} holds. */
  void put(Family family, byte[] key, ByteWriter value) {
    record(CF_PUT, family, key);
    out.writeSection(value);
  }

  void merge(Family family, byte[] key, byte[] value) {
    record(CF_MERGE, family, key);
    out.writeBlob(value);
  }

  void delete(Family family, byte[] key) {
    record(CF_DELETE, family, key);
  }

  private void record(int tag, Family family, byte[] key) {
    out.writeByte(tag);
    out.writeVarint(handles.cfId(family));
    out.writeBlob(key);
    count++;
  }

  /** The batch, ready for {@code RocksDB.write}; the caller closes it. */
  WriteBatch build() {
    byte[] data = out.toByteArray();
    data[8] = (byte) count;
    data[9] = (byte) (count >>> 8);
    data[10] = (byte) (count >>> 16);
    data[11] = (byte) (count >>> 24);
    return new WriteBatch(data);
  }
}
