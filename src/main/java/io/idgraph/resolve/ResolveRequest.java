package io.idgraph.resolve;

import io.idgraph.graph.IdType;
import java.util.List;

/**
 * A resolve_identities request after argument parsing.
 *
 * @param groups the submitted values, by type and encoding
 * @param identifierTypes which of a person's identifier types to return under identifiers
 * @param minQualityScore matches below this are dropped before grouping
 * @param inlineLimit at most this many identities are returned; truncated says there were more
 */
public record ResolveRequest(
    List<IdentifierGroup> groups,
    List<IdType> identifierTypes,
    double minQualityScore,
    int inlineLimit) {

  public static final List<IdType> DEFAULT_IDENTIFIER_TYPES = List.of(IdType.EMAIL, IdType.PHONE);
  public static final int DEFAULT_INLINE_LIMIT = 1000;

  public static ResolveRequest of(List<IdentifierGroup> groups) {
    return new ResolveRequest(groups, DEFAULT_IDENTIFIER_TYPES, 0, DEFAULT_INLINE_LIMIT);
  }
}
