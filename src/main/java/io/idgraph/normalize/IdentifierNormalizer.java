package io.idgraph.normalize;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;

/**
 * The door to normalization: one call for any identifier type and encoding. Stateless and safe for
 * concurrent use. Never throws for bad input: a bad value gives a failed {@link NormalizeResult}.
 */
public final class IdentifierNormalizer {

  /** Normalizes a plaintext value of {@code type}. */
  public NormalizeResult normalize(IdType type, String raw) {
    return normalize(type, HashType.PLAINTEXT, raw);
  }

  /**
   * Normalizes a submitted value: plaintext values by their type's rules; hashed values must be
   * hex of the algorithm's length (either case), and give a lowercase-hex key. Addresses are
   * plaintext only.
   */
  public NormalizeResult normalize(IdType type, HashType hash, String raw) {
    if (type == null) {
      return NormalizeResult.failed(NormalizeFailure.MALFORMED);
    }
    if (hash != null && hash.isHashed()) {
      if (type != IdType.ADDRESS) {
        return HashedValue.normalize(type, hash, raw);
      }
      NormalizeFailure pre = Text.precheck(raw);
      return NormalizeResult.failed(
          pre != null ? pre : NormalizeFailure.HASH_NOT_SUPPORTED_FOR_ADDRESS);
    }
    return switch (type) {
      case EMAIL -> EmailNormalizer.normalize(raw);
      case PHONE -> PhoneNormalizer.normalize(raw);
      case ADDRESS -> AddressNormalizer.normalize(raw);
      case MAID -> MaidNormalizer.normalize(raw);
    };
  }
}
