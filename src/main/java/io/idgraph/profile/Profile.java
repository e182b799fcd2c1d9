package io.idgraph.profile;

import java.util.Map;

/**
 * One get_person profile.
 *
 * @param domains flat attribute map of the requested domains; values keep their loaded JSON type
 */
public record Profile(String personId, ProfileMetadata metadata, Map<String, Object> domains) {}
