package io.idgraph.export;

import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.Domain;
import io.idgraph.graph.DomainCatalog;
import io.idgraph.profile.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The CSV columns of a get_person export: person_id, quality_score, last_modified, then every
 * catalog attribute of the requested domains (domains in request order, attributes in catalog
 * order; contact domains as email1..email3 and so on). A missing attribute is an empty field.
 */
public final class ProfileColumns implements Columns<Profile> {
  private static final int FIXED = 3;
  private final List<String> header;

  public ProfileColumns(List<Domain> domains) {
    List<String> names = new ArrayList<>(List.of("person_id", "quality_score", "last_modified"));
    names.addAll(attributeNames(domains));
    this.header = List.copyOf(names);
  }

  /** The catalog attribute names of {@code domains}, each once, in the documented order. */
  public static List<String> attributeNames(List<Domain> domains) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Domain domain : new LinkedHashSet<>(domains)) {
      for (CatalogAttribute attribute : DomainCatalog.shared().attributes(domain)) {
        names.add(attribute.name());
      }
    }
    return List.copyOf(names);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public List<String> fields(Profile profile) {
    List<String> fields = new ArrayList<>(header.size());
    fields.add(profile.personId());
    var metadata = profile.metadata();
    fields.add(
        metadata == null || metadata.qualityScore() == null
            ? ""
            : CsvLine.number(metadata.qualityScore()));
    fields.add(metadata == null || metadata.lastModified() == null ? "" : metadata.lastModified());
    Map<String, Object> values = profile.domains();
    for (int i = FIXED; i < header.size(); i++) {
      fields.add(CsvLine.value(values == null ? null : values.get(header.get(i))));
    }
    return fields;
  }
}
