package io.idgraph.profile;

import io.idgraph.graph.PersonLineage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a built person's lineage to its profile: the source records in the metadata, and per
 * returned field (email1, first_name, age_range) the records that gave its value.
 */
final class ProfileProvenance {
  private static final List<String> CONTACT_PREFIXES = List.of("email", "phone", "address", "maid");

  private ProfileProvenance() {}

  static Profile withLineage(Profile profile, PersonLineage lineage, String mergedInto) {
    if (lineage == null && mergedInto == null) {
      return profile;
    }
    ProfileMetadata metadata = profile.metadata();
    if (lineage != null && !lineage.sources().isEmpty()) {
      metadata =
          new ProfileMetadata(
              metadata.qualityScore(),
              metadata.lastModified(),
              lineage.sources(),
              fields(profile.domains(), lineage.provenance()));
    }
    return new Profile(profile.personId(), metadata, profile.domains(), mergedInto);
  }

  private static Map<String, List<String>> fields(
      Map<String, Object> domains, Map<String, List<String>> provenance) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    domains.forEach(
        (field, value) -> {
          List<String> refs = provenance.get(provenanceKey(field, value));
          if (refs != null) {
            out.put(field, refs);
          }
        });
    return out;
  }

  /** "email2" with value v is filed as "email:v"; names and attributes under their own name. */
  private static String provenanceKey(String field, Object value) {
    for (String prefix : CONTACT_PREFIXES) {
      if (field.startsWith(prefix)
          && field.length() == prefix.length() + 1
          && Character.isDigit(field.charAt(prefix.length()))) {
        return prefix + ":" + value;
      }
    }
    return field;
  }
}
