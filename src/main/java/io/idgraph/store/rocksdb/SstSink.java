package io.idgraph.store.rocksdb;

import io.idgraph.store.rocksdb.RocksDbHandles.Family;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rocksdb.EnvOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDBException;
import org.rocksdb.SstFileWriter;

/**
 * Sorted files of one column family, written with the family's options, a new file every {@value
 * #FILE_BYTES} bytes or so. Keys must ascend across all of them.
 */
final class SstSink implements AutoCloseable {
  private static final long FILE_BYTES = 256L << 20;

  private final Family family;
  private final Path dir;
  private final String name;
  private final EnvOptions env = new EnvOptions();
  private final Options options;
  private final List<String> files = new ArrayList<>();
  private SstFileWriter writer;
  private int sinceCheck;
  // RocksDB reads direct buffers in place; a put of two byte arrays copies each one through JNI
  // into memory it allocates and frees again (about a sixth of a bulk load's file-writer threads)
  private ByteBuffer keyBuffer = ByteBuffer.allocateDirect(256);
  private ByteBuffer valueBuffer = ByteBuffer.allocateDirect(4096);

  SstSink(RocksDbHandles handles, Family family, Path dir) {
    this(handles, family, dir, family.cfName);
  }

  /** Files named after {@code name}, which must differ from other sinks' in {@code dir}. */
  SstSink(RocksDbHandles handles, Family family, Path dir, String name) {
    this.family = family;
    this.dir = dir;
    this.name = name;
    this.options = handles.sstOptions(family);
  }

  Family family() {
    return family;
  }

  void put(byte[] key, byte[] value) throws RocksDBException {
    if (writer == null) {
      String file = dir.resolve(name + "-" + files.size() + ".sst").toString();
      writer = new SstFileWriter(env, options);
      writer.open(file);
      files.add(file);
    }
    keyBuffer = holding(keyBuffer, key);
    valueBuffer = holding(valueBuffer, value);
    writer.put(keyBuffer, valueBuffer);
    if (++sinceCheck >= 4096) {
      sinceCheck = 0;
      if (writer.fileSize() >= FILE_BYTES) {
        finishFile();
      }
    }
  }

  /** {@code buffer} (or a larger one) holding just {@code bytes}, ready to read. */
  private static ByteBuffer holding(ByteBuffer buffer, byte[] bytes) {
    ByteBuffer out =
        buffer.capacity() >= bytes.length
            ? buffer.clear()
            : ByteBuffer.allocateDirect(Math.max(bytes.length, 2 * buffer.capacity()));
    return out.put(bytes).flip();
  }

  private void finishFile() throws RocksDBException {
    if (writer != null) {
      try (SstFileWriter w = writer) {
        writer = null;
        w.finish();
      }
    }
  }

  /** Finishes the last file (again: a no-op); the files, in key order. */
  List<String> finish() throws RocksDBException {
    finishFile();
    return files;
  }

  @Override
  public void close() {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    options.close();
    env.close();
  }
}
