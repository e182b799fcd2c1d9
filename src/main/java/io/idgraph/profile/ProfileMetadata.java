package io.idgraph.profile;

import java.util.List;
import java.util.Map;

/**
 * Profile metadata; absent fields are null and omitted on the wire.
 *
 * @param sources for a built person, its source records as {@code source:record_id}
 * @param provenance for a built person, per returned field ({@code email1}, {@code first_name},
 *     {@code age_range}) the source records that gave it
 */
public record ProfileMetadata(
    Double qualityScore,
    String lastModified,
    List<String> sources,
    Map<String, List<String>> provenance) {

  public ProfileMetadata(Double qualityScore, String lastModified) {
    this(qualityScore, lastModified, null, null);
  }
}
