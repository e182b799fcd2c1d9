package io.idgraph.store.rocksdb;

/**
 * The second 64-bit hash of an index key, which the serving index stores in place of the key to
 * check a fingerprint hit against: SipHash-2-4 (Aumasson and Bernstein) under a fixed key, over the
 * same bytes as the {@link Fingerprint}. A hit needs both to agree; the two are different
 * functions, so a pair of keys crafted to share one fingerprint (MurmurHash has such pairs for
 * every seed) still differs in its check.
 */
final class KeyCheck {
  private static final long K0 = 0x5f1c_9a3e_27d4_b861L;
  private static final long K1 = 0x0c93_e2a7_5b18_f46dL;

  private KeyCheck() {}

  /** The check of an encoded index key (fingerprint first): its bytes after the fingerprint. */
  static long ofIndexKey(byte[] encodedIndexKey) {
    return sipHash24(
        K0,
        K1,
        encodedIndexKey,
        Keys.FINGERPRINT_BYTES,
        encodedIndexKey.length - Keys.FINGERPRINT_BYTES);
  }

  /** SipHash-2-4 of {@code length} bytes of {@code bytes} from {@code offset}, key (k0, k1). */
  static long sipHash24(long k0, long k1, byte[] bytes, int offset, int length) {
    SipState s = new SipState(k0, k1);
    int end = offset + (length & ~7);
    for (int i = offset; i < end; i += 8) {
      s.absorb(LittleEndian.longAt(bytes, i));
    }
    s.absorb(((long) length << 56) | LittleEndian.longAt(bytes, end, length & 7));
    s.v2 ^= 0xff;
    s.rounds(4);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
  }

  /** SipHash's four state words and its round. */
  private static final class SipState {
    long v0;
    long v1;
    long v2;
    long v3;

    SipState(long k0, long k1) {
      v0 = k0 ^ 0x736f6d6570736575L;
      v1 = k1 ^ 0x646f72616e646f6dL;
      v2 = k0 ^ 0x6c7967656e657261L;
      v3 = k1 ^ 0x7465646279746573L;
    }

    /** Mixes in one 8-byte word with two rounds. */
    void absorb(long m) {
      v3 ^= m;
      rounds(2);
      v0 ^= m;
    }

    void rounds(int n) {
      for (int round = 0; round < n; round++) {
        v0 += v1;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v3;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 += v3;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 += v1;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v2 = Long.rotateLeft(v2, 32);
      }
    }
  }
}
