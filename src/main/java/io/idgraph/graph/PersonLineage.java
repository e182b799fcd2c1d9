package io.idgraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a built person came from (PRODUCT.md section 11): the source records it was built from and,
 * per identifier and attribute, the records that brought it. A person id that was merged into
 * another carries only {@code mergedInto}.
 *
 * @param mergedInto the surviving person id when this id was merged away; null otherwise
 * @param sources the source records, as {@code source:record_id}, in build order
 * @param provenance per field ({@code email:<display>}, {@code phone:<display>}, {@code
 *     address:<display>}, {@code maid:<display>}, {@code first_name}, {@code last_name} or an
 *     attribute name) the records that gave it, as {@code source:record_id}
 */
public record PersonLineage(
    Long mergedInto, List<String> sources, Map<String, List<String>> provenance) {

  public PersonLineage {
    sources = sources == null ? List.of() : List.copyOf(sources);
    // insertion order kept, so that equal lineage serializes to equal bytes
    provenance =
        provenance == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** The lineage of an id merged into {@code survivor}. */
  public static PersonLineage merged(long survivor) {
    return new PersonLineage(survivor, List.of(), Map.of());
  }
}
