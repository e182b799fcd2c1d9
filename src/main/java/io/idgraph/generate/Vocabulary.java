package io.idgraph.generate;

import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.Domain;
import io.idgraph.graph.DomainCatalog;
import java.util.List;

/**
 * The catalog's value sets as arrays, checked once: the generator indexes into them by position, so
 * a catalog change that reorders or resizes a value set fails here, not in the output.
 */
final class Vocabulary {
  private final DomainCatalog catalog;

  Vocabulary(DomainCatalog catalog) {
    this.catalog = catalog;
  }

  /** The values of {@code attribute}, which must have exactly {@code size} of them. */
  String[] values(String attribute, int size) {
    List<String> values = catalog.values(attribute);
    if (values.size() != size) {
      throw new IllegalStateException(
          "generator expects "
              + size
              + " values for "
              + attribute
              + ", catalog has "
              + values.size());
    }
    return values.toArray(String[]::new);
  }

  /** The attribute names of {@code domain} in catalog order. */
  String[] names(Domain domain) {
    return catalog.attributes(domain).stream().map(CatalogAttribute::name).toArray(String[]::new);
  }

  /** The names of {@code domain} that start with {@code prefix}, in catalog order. */
  String[] names(Domain domain, String prefix) {
    return catalog.attributes(domain).stream()
        .map(CatalogAttribute::name)
        .filter(n -> n.startsWith(prefix))
        .toArray(String[]::new);
  }

  /** {@code name} itself, after checking that {@code domain} lists it. */
  String name(Domain domain, String name) {
    if (!catalog.isKnown(domain, name)) {
      throw new IllegalStateException(
          "generator writes " + name + ", which " + domain.wireName() + " does not list");
    }
    return name;
  }
}
