package io.idgraph.build;

import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.Domain;
import io.idgraph.graph.DomainCatalog;
import io.idgraph.graph.IdgraphException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code --map COLUMN=FIELD}: a column bound to a record field or to a catalog attribute
 * ({@code domain.attribute}, or the attribute name alone).
 */
record ColumnMapping(String column, RecordField field, CatalogAttribute attribute) {

  /** Parses "Cust No=record_id" or "Income=financial.household_income_range". */
  static ColumnMapping parse(String text) {
    int eq = text.lastIndexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw IdgraphException.invalid(
          "--map must be COLUMN=FIELD, such as \"Cust No=record_id\", got \"" + text + "\"");
    }
    String column = text.substring(0, eq).strip();
    String target = text.substring(eq + 1).strip();
    Optional<RecordField> field = RecordField.fromWire(target);
    if (field.isPresent()) {
      return new ColumnMapping(column, field.get(), null);
    }
    return new ColumnMapping(column, null, attribute(target));
  }

  private static CatalogAttribute attribute(String target) {
    DomainCatalog catalog = DomainCatalog.shared();
    int dot = target.indexOf('.');
    Optional<CatalogAttribute> found;
    if (dot > 0) {
      // attribute names are unique in the catalog: the prefix must be a domain, and the
      // attribute is filed under its catalog domain (so financial.household_income_range works)
      Optional<Domain> domain = Domain.fromWire(target.substring(0, dot));
      found = domain.isPresent() ? catalog.attribute(target.substring(dot + 1)) : Optional.empty();
    } else {
      found = catalog.attribute(target);
    }
    return found.orElseThrow(
        () ->
            IdgraphException.invalid(
                "--map target '"
                    + target
                    + "' is neither a record field ("
                    + Arrays.stream(RecordField.values())
                        .map(RecordField::wireName)
                        .collect(Collectors.joining(", "))
                    + ") nor a catalog attribute such as financial.household_income_range"
                    + " (see the catalog resource, or docs/linking.md)"));
  }
}
