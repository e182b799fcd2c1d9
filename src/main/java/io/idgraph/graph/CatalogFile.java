package io.idgraph.graph;

import java.util.List;

/** The shape of catalog.json, as read by {@link DomainCatalog}. */
record CatalogFile(int catalogVersion, String description, List<DomainEntry> domains) {

  record DomainEntry(
      String name,
      String description,
      boolean contact,
      String note,
      List<AttributeEntry> attributes) {}

  record AttributeEntry(
      String name,
      String description,
      String type,
      List<String> values,
      Double minimum,
      Double maximum) {}
}
