package io.idgraph.graph;

import java.util.List;

/**
 * One attribute of the catalog.
 *
 * @param name the attribute name as it appears in graph files and get_person results
 * @param domain the domain holding it
 * @param description a short description for people and agents
 * @param type the JSON type of its values
 * @param values the allowed values of an enumerable string attribute, in catalog order; empty
 *     otherwise (free text, numbers, booleans)
 * @param minimum smallest value of an integer or number attribute, or null
 * @param maximum largest value of an integer or number attribute, or null
 */
public record CatalogAttribute(
    String name,
    Domain domain,
    String description,
    AttributeType type,
    List<String> values,
    Double minimum,
    Double maximum) {

  public CatalogAttribute {
    values = List.copyOf(values);
  }

  /** True when the attribute has a closed set of string values. */
  public boolean isEnumerable() {
    return !values.isEmpty();
  }
}
