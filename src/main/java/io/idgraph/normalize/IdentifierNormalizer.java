package io.idgraph.normalize;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;

/**
 * The door to normalization: one call for any identifier type and encoding. Stateless and safe for
 * concurrent use. Never throws for bad input: a bad value gives a failed {@link NormalizeResult}.
 */
public final class IdentifierNormalizer {
  /** The region phones without a country code are read in unless a caller names another. */
  public static final String DEFAULT_REGION = PhoneNormalizer.DEFAULT_REGION;

  /** True for a region code phones can be read in: upper case ISO 3166, e.g. US, GB, MX. */
  public static boolean isSupportedRegion(String region) {
    return PhoneNormalizer.isSupportedRegion(region);
  }

  /** Normalizes a plaintext value of {@code type}. */
  public NormalizeResult normalize(IdType type, String raw) {
    return normalize(type, HashType.PLAINTEXT, raw);
  }

  /**
   * Normalizes a submitted value: plaintext values by their type's rules; hashed values must be the
   * digest as hex (either case) or Base64, and give a lowercase-hex key. Addresses are plaintext
   * only. Phones written without a country code are read as US numbers.
   */
  public NormalizeResult normalize(IdType type, HashType hash, String raw) {
    return normalize(type, hash, raw, DEFAULT_REGION);
  }

  /**
   * As {@link #normalize(IdType, HashType, String)}, reading phones written without a country code
   * as numbers of {@code defaultRegion} (an ISO 3166 code such as GB; see {@link
   * #isSupportedRegion}). Other types ignore the region.
   */
  public NormalizeResult normalize(IdType type, HashType hash, String raw, String defaultRegion) {
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
      case PHONE ->
          PhoneNormalizer.normalize(raw, defaultRegion == null ? DEFAULT_REGION : defaultRegion);
      case ADDRESS -> AddressNormalizer.normalize(raw);
      case MAID -> MaidNormalizer.normalize(raw);
    };
  }
}
