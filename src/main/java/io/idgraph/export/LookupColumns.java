package io.idgraph.export;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.List;
import java.util.Map;

/**
 * Which columns of an uploaded CSV hold identifiers: for each identifier type, the column names and
 * (email, phone) how the values are encoded. Several email or phone columns each give a value; the
 * address columns of a row are joined with ", " into one address (street first).
 */
public record LookupColumns(Map<IdType, Columns> byType) {

  /**
   * The columns of one identifier type; a null hash type means not given (plaintext to resolve).
   */
  public record Columns(List<String> names, HashType hashType) {
    public Columns {
      names = List.copyOf(names);
    }
  }

  public LookupColumns {
    byType = Map.copyOf(byType);
    if (byType.isEmpty() || byType.values().stream().allMatch(c -> c.names().isEmpty())) {
      throw IdgraphException.invalid(
          "lookup_columns must name at least one column, e.g. {\"email\": {\"names\":"
              + " [\"email\"]}}");
    }
  }
}
