package io.idgraph.store.rocksdb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Little-endian numbers read from byte arrays, as the key hashes take them. Eight bytes are one
 * load through a view of the array, not eight loads and shifts: a 1M-person bulk load hashes 26
 * million index keys.
 */
final class LittleEndian {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndian() {}

  /** The eight bytes from {@code i}. */
  static long longAt(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** {@code count} (0 to 7: a key's tail) bytes from {@code i}, the first the lowest. */
  static long longAt(byte[] b, int i, int count) {
    long v = 0;
    for (int j = count - 1; j >= 0; j--) {
      v = (v << 8) | (b[i + j] & 0xFFL);
    }
    return v;
  }
}
