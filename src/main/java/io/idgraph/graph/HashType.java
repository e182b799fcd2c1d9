package io.idgraph.graph;

import java.util.Locale;
import java.util.Optional;

/**
 * How a submitted identifier value is encoded: as typed, or as the hex digest of its normal form.
 */
public enum HashType implements WireNamed {
  PLAINTEXT(null, 0),
  MD5("MD5", 16),
  SHA1("SHA-1", 20),
  SHA256("SHA-256", 32);

  private final String algorithm;
  private final int digestBytes;
  private final String wireName = name().toLowerCase(Locale.ROOT);

  HashType(String algorithm, int digestBytes) {
    this.algorithm = algorithm;
    this.digestBytes = digestBytes;
  }

  /** The {@link java.security.MessageDigest} algorithm name; null for plaintext. */
  public String algorithm() {
    return algorithm;
  }

  /** Digest length in bytes (hex length is twice this); 0 for plaintext. */
  public int digestBytes() {
    return digestBytes;
  }

  public boolean isHashed() {
    return this != PLAINTEXT;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The hash type {@code name} names, in any case, with or without a dash ("SHA-256"). */
  public static Optional<HashType> fromWire(String name) {
    return WireNamed.find(values(), name == null ? null : WireNamed.typed(name).replace("-", ""));
  }
}
