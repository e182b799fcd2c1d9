package io.idgraph.enrich;

import io.idgraph.export.ProfileColumns;
import io.idgraph.graph.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The output header: the input columns unchanged, then idgraph_person_id, idgraph_match_score,
 * idgraph_matched_on, idgraph_note, then one column per catalog attribute of the requested domains
 * (domains in request order, attributes in catalog order). An appended name that an input column
 * already uses gets the prefix "idgraph_" (again, until it is free).
 */
record OutputColumns(List<String> input, List<String> attributes, List<String> header) {
  static final List<String> RESULT = List.of("person_id", "match_score", "matched_on", "note");
  static final String PREFIX = "idgraph_";

  static OutputColumns of(List<String> input, List<Domain> domains) {
    List<String> attributes = ProfileColumns.attributeNames(domains);
    Set<String> taken = new HashSet<>(input);
    List<String> header = new ArrayList<>(input);
    for (String name : RESULT) {
      header.add(free(PREFIX + name, taken));
    }
    for (String name : attributes) {
      header.add(free(name, taken));
    }
    return new OutputColumns(List.copyOf(input), attributes, List.copyOf(header));
  }

  private static String free(String name, Set<String> taken) {
    String out = name;
    while (taken.contains(out)) {
      out = PREFIX + out;
    }
    taken.add(out);
    return out;
  }
}
