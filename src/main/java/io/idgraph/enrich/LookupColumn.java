package io.idgraph.enrich;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.List;

/**
 * A caller's mapping of input columns to an identifier type.
 *
 * @param type the identifier type the column holds
 * @param columns the header names; several address columns are joined into one address (street,
 *     city, state zip), several columns of another type are each looked up
 * @param hash how the values are encoded; null to detect it from the values (email and phone only;
 *     a maid or an address without a hash is plaintext)
 */
public record LookupColumn(IdType type, List<String> columns, HashType hash) {
  public LookupColumn {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a lookup column must name at least one column");
    }
  }

  public static LookupColumn of(IdType type, String column) {
    return new LookupColumn(type, List.of(column), null);
  }
}
