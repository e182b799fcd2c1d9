package io.idgraph.store.rocksdb;

/**
 * The 64-bit fingerprint of an index key (MurmurHash64A over its type byte and bytes). The stored
 * index key starts with it, so the index sorts by fingerprint and the serving index is written in
 * one sequential pass. A fingerprint is never trusted alone: the serving index checks a hit with a
 * second hash of the key ({@link KeyCheck}), RocksDB with the key itself.
 */
final class Fingerprint {
  private static final long M = 0xc6a4a7935bd1e995L;
  private static final int R = 47;
  private static final long SEED = 0x1d_6a_2b_9f_42_37_c5_e1L;

  private Fingerprint() {}

  /** The fingerprint of {@code length} bytes of {@code bytes} from {@code offset}. */
  static long of(byte[] bytes, int offset, int length) {
    long h = SEED ^ (length * M);
    int end = offset + (length & ~7);
    for (int i = offset; i < end; i += 8) {
      long k = LittleEndian.longAt(bytes, i);
      k *= M;
      k ^= k >>> R;
      k *= M;
      h ^= k;
      h *= M;
    }
    int tail = length & 7;
    if (tail > 0) {
      h ^= LittleEndian.longAt(bytes, end, tail);
      h *= M;
    }
    h ^= h >>> R;
    h *= M;
    h ^= h >>> R;
    return h;
  }
}
