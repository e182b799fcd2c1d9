package io.idgraph.profile;

import java.util.Map;

/**
 * One get_person profile.
 *
 * @param domains flat attribute map of the requested domains; values keep their loaded JSON type
 * @param mergedInto when the requested id was merged into another person by a build, that person's
 *     id; the metadata and domains are then the surviving person's. Null otherwise.
 */
public record Profile(
    String personId, ProfileMetadata metadata, Map<String, Object> domains, String mergedInto) {

  public Profile(String personId, ProfileMetadata metadata, Map<String, Object> domains) {
    this(personId, metadata, domains, null);
  }
}
