package io.idgraph.enrich;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where one identifier value of each row comes from: one column, or several address columns joined.
 *
 * @param names the header names used
 * @param indexes their positions in the header
 * @param guessed true when the column (or its hash) was guessed rather than named by the caller
 */
public record ColumnBinding(
    IdType type, HashType hash, List<String> names, int[] indexes, boolean guessed) {

  public ColumnBinding {
    names = List.copyOf(names);
    indexes = indexes.clone();
  }

  /** "{id_type}_{hash}", the criterion_type of matches from this column. */
  public String criterionType() {
    return type.wireName() + "_" + hash.wireName();
  }

  /** This row's value, or null when its cells are empty. */
  String value(List<String> fields) {
    if (indexes.length == 1) {
      String v = cell(fields, indexes[0]);
      return v == null || v.isBlank() ? null : v;
    }
    String[] parts = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      parts[i] = cell(fields, indexes[i]);
    }
    return AddressJoiner.join(parts);
  }

  private static String cell(List<String> fields, int index) {
    return index < fields.size() ? fields.get(index) : null;
  }

  /** For people: "email <- 'Email Address' (sha256)". */
  public String describe() {
    String columns = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" + "));
    return type.wireName()
        + " <- "
        + columns
        + (hash.isHashed() ? " (" + hash.wireName() + ")" : "");
  }
}
