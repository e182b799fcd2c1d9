package io.idgraph.store;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.Arrays;

/**
 * A key of the identifier index: an identifier type, how it is encoded, and its bytes (the UTF-8
 * match key for plaintext, the raw digest for hashed forms).
 */
public final class IndexKey {
  private final IdType type;
  private final HashType hash;
  private final byte[] bytes;
  private final int hashCode;

  public IndexKey(IdType type, HashType hash, byte[] bytes) {
    this.type = type;
    this.hash = hash;
    this.bytes = bytes;
    this.hashCode = 31 * (31 * type.hashCode() + hash.hashCode()) + Arrays.hashCode(bytes);
  }

  public IdType type() {
    return type;
  }

  public HashType hash() {
    return hash;
  }

  /** The key bytes; callers must not modify them. */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexKey other
        && type == other.type
        && hash == other.hash
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hashCode;
  }

  @Override
  public String toString() {
    // never the bytes: they are personal data
    return "IndexKey[" + type.wireName() + "_" + hash.wireName() + ", " + bytes.length + " bytes]";
  }
}
