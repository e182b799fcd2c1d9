package io.idgraph.enrich;

import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.resolve.ResolveRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do with the rows.
 *
 * @param lookups the identifier columns; empty to guess them from the header and the values
 * @param domains the domains whose attributes are appended
 * @param minScore a row whose best person scores below this stays unmatched
 * @param tiebreaker identifier types in order of preference for equal scores; missing types are
 *     appended in the default order (email, phone, address, maid)
 * @param includeUnmatched false to leave unmatched rows out of the output
 * @param blockSize rows resolved together
 * @param defaultRegion the region (ISO 3166, e.g. US, GB) phones without a country code are in
 */
public record EnrichOptions(
    List<LookupColumn> lookups,
    List<Domain> domains,
    double minScore,
    List<IdType> tiebreaker,
    boolean includeUnmatched,
    int blockSize,
    String defaultRegion) {

  /** Options that read phones without a country code as US numbers. */
  public EnrichOptions(
      List<LookupColumn> lookups,
      List<Domain> domains,
      double minScore,
      List<IdType> tiebreaker,
      boolean includeUnmatched,
      int blockSize) {
    this(
        lookups,
        domains,
        minScore,
        tiebreaker,
        includeUnmatched,
        blockSize,
        IdentifierNormalizer.DEFAULT_REGION);
  }

  public static final List<IdType> DEFAULT_TIEBREAKER =
      List.of(IdType.EMAIL, IdType.PHONE, IdType.ADDRESS, IdType.MAID);
  public static final int DEFAULT_BLOCK_SIZE = 5000;

  public EnrichOptions {
    lookups = List.copyOf(lookups);
    domains = List.copyOf(domains);
    if (!(minScore >= 0 && minScore <= 1)) {
      throw IdgraphException.invalid("min score must be between 0 and 1, got " + minScore);
    }
    if (blockSize < 1) {
      throw IdgraphException.invalid("block size must be at least 1, got " + blockSize);
    }
    tiebreaker = complete(tiebreaker == null ? List.of() : tiebreaker);
    defaultRegion = ResolveRequest.region(defaultRegion, "region");
  }

  public static EnrichOptions of(List<LookupColumn> lookups, List<Domain> domains) {
    return new EnrichOptions(lookups, domains, 0, DEFAULT_TIEBREAKER, true, DEFAULT_BLOCK_SIZE);
  }

  private static List<IdType> complete(List<IdType> given) {
    List<IdType> out = new ArrayList<>();
    for (IdType t : given) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    for (IdType t : DEFAULT_TIEBREAKER) {
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}
