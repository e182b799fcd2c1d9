package io.idgraph.resolve;

import java.util.List;
import java.util.Map;

/**
 * One matched person.
 *
 * @param identifiers the person's display identifiers by type wire name, highest quality first
 * @param address the best address match, for persons matched by an address; null otherwise
 */
public record Identity(
    long personId,
    double overallQualityScore,
    List<Match> matches,
    Map<String, List<String>> identifiers,
    AddressMatch address) {}
