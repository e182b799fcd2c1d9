package io.idgraph.resolve;

import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import java.util.List;
import java.util.Locale;

/**
 * A resolve_identities request after argument parsing.
 *
 * @param groups the submitted values, by type and encoding
 * @param identifierTypes which of a person's identifier types to return under identifiers
 * @param minQualityScore matches below this are dropped before grouping
 * @param inlineLimit at most this many identities are returned; truncated says there were more
 * @param defaultRegion the region (ISO 3166, e.g. US, GB) phones written without a country code are
 *     read in
 */
public record ResolveRequest(
    List<IdentifierGroup> groups,
    List<IdType> identifierTypes,
    double minQualityScore,
    int inlineLimit,
    String defaultRegion) {

  public ResolveRequest {
    defaultRegion = defaultRegion == null ? IdentifierNormalizer.DEFAULT_REGION : defaultRegion;
  }

  /** A request that reads phones without a country code as US numbers. */
  public ResolveRequest(
      List<IdentifierGroup> groups,
      List<IdType> identifierTypes,
      double minQualityScore,
      int inlineLimit) {
    this(
        groups, identifierTypes, minQualityScore, inlineLimit, IdentifierNormalizer.DEFAULT_REGION);
  }

  public static final List<IdType> DEFAULT_IDENTIFIER_TYPES = List.of(IdType.EMAIL, IdType.PHONE);
  public static final int DEFAULT_INLINE_LIMIT = 1000;

  /**
   * The region code {@code value} names, upper-cased ("gb" gives GB), for the argument called
   * {@code argument}; an unknown code is an invalid-argument error that says what to send.
   */
  public static String region(String value, String argument) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!IdentifierNormalizer.isSupportedRegion(code)) {
      throw IdgraphException.invalid(
          argument
              + " must be a two-letter ISO 3166 region code such as US, GB or MX (the country whose"
              + " phones are written without a country code); got '"
              + (code.length() > 8 ? code.substring(0, 8) + "..." : code)
              + "'");
    }
    return code;
  }

  /** How many values the request submits, over all its groups (invalid ones too). */
  public int valueCount() {
    return groups.stream().mapToInt(g -> g.values().size()).sum();
  }

  public static ResolveRequest of(List<IdentifierGroup> groups) {
    return new ResolveRequest(groups, DEFAULT_IDENTIFIER_TYPES, 0, DEFAULT_INLINE_LIMIT);
  }
}
