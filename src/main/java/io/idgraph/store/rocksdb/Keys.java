package io.idgraph.store.rocksdb;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.store.IndexKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Key encodings. An index key is the 8-byte {@link Fingerprint} (big-endian) of what follows, one
 * prefix byte for (IdType, HashType), then its bytes: the index sorts by fingerprint. A person id
 * is 8 bytes big-endian (so ids sort numerically); an address block entry is the block key, 0x00,
 * then the match key.
 */
final class Keys {
  private static final IdType[] ID_TYPES = IdType.values();
  private static final HashType[] HASH_TYPES = HashType.values();

  private Keys() {}

  static byte prefix(IdType type, HashType hash) {
    return (byte) (type.ordinal() * 16 + hash.ordinal());
  }

  /** Bytes of the fingerprint in front of an index key. */
  static final int FINGERPRINT_BYTES = 8;

  static byte[] index(IndexKey key) {
    byte[] bytes = key.bytes();
    byte[] out = new byte[FINGERPRINT_BYTES + 1 + bytes.length];
    out[FINGERPRINT_BYTES] = prefix(key.type(), key.hash());
    System.arraycopy(bytes, 0, out, FINGERPRINT_BYTES + 1, bytes.length);
    long fingerprint = Fingerprint.of(out, FINGERPRINT_BYTES, out.length - FINGERPRINT_BYTES);
    for (int i = FINGERPRINT_BYTES - 1; i >= 0; i--) {
      out[i] = (byte) fingerprint;
      fingerprint >>>= 8;
    }
    return out;
  }

  /** The fingerprint an encoded index key starts with. */
  static long fingerprintOf(byte[] encodedIndexKey) {
    long v = 0;
    for (int i = 0; i < FINGERPRINT_BYTES; i++) {
      v = (v << 8) | (encodedIndexKey[i] & 0xFF);
    }
    return v;
  }

  static IndexKey decodeIndex(byte[] encoded) {
    int prefix = encoded[FINGERPRINT_BYTES] & 0xFF;
    return new IndexKey(
        ID_TYPES[prefix / 16],
        HASH_TYPES[prefix % 16],
        Arrays.copyOfRange(encoded, FINGERPRINT_BYTES + 1, encoded.length));
  }

  static long personId(byte[] personKey) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (personKey[i] & 0xFF);
    }
    return v;
  }

  static byte[] person(long personId) {
    byte[] out = new byte[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) personId;
      personId >>>= 8;
    }
    return out;
  }

  private static final byte[] LINEAGE_PREFIX = "lineage/".getBytes(StandardCharsets.US_ASCII);

  /** A person's lineage entry in the default family: "lineage/" then the person key. */
  static byte[] lineage(long personId) {
    byte[] out = Arrays.copyOf(LINEAGE_PREFIX, LINEAGE_PREFIX.length + 8);
    System.arraycopy(person(personId), 0, out, LINEAGE_PREFIX.length, 8);
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The prefix shared by every entry of one block: the block key and a 0x00 separator. */
  static byte[] blockPrefix(String blockKey) {
    byte[] block = utf8(blockKey);
    byte[] out = Arrays.copyOf(block, block.length + 1);
    out[block.length] = 0;
    return out;
  }

  static byte[] blockEntry(String blockKey, byte[] matchKey) {
    byte[] prefix = blockPrefix(blockKey);
    byte[] out = Arrays.copyOf(prefix, prefix.length + matchKey.length);
    System.arraycopy(matchKey, 0, out, prefix.length, matchKey.length);
    return out;
  }

  /** The match key of a block entry, given the length of its block prefix. */
  static String matchKeyOfBlockEntry(byte[] entry, int prefixLength) {
    return new String(entry, prefixLength, entry.length - prefixLength, StandardCharsets.UTF_8);
  }
}
