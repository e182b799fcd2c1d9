package io.idgraph.enrich;

import io.idgraph.resolve.Identity;
import io.idgraph.resolve.Match;
import io.idgraph.resolve.ResolveResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A block's resolve result turned around: for each submitted value (criterion type and value as
 * submitted), the persons it matched and the quality of each match.
 */
final class MatchIndex {
  private final Map<String, Hits> byValue;

  private MatchIndex(Map<String, Hits> byValue) {
    this.byValue = byValue;
  }

  static MatchIndex of(ResolveResult result) {
    Map<String, Hits> byValue = new HashMap<>(result.identities().size() * 2);
    for (Identity identity : result.identities()) {
      for (Match m : identity.matches()) {
        byValue
            .computeIfAbsent(key(m.criterionType(), m.criterionValue()), k -> new Hits())
            .add(identity.personId(), m.qualityScore());
      }
    }
    return new MatchIndex(byValue);
  }

  /** The persons {@code value} matched, or null when it matched none. */
  Hits hits(String criterionType, String value) {
    return byValue.get(key(criterionType, value));
  }

  static String key(String criterionType, String value) {
    return criterionType + '\u0000' + value;
  }

  /** Persons and match qualities of one value. */
  static final class Hits {
    long[] personIds = new long[2];
    double[] qualities = new double[2];
    int size;

    void add(long personId, double quality) {
      if (size == personIds.length) {
        personIds = Arrays.copyOf(personIds, size * 2);
        qualities = Arrays.copyOf(qualities, size * 2);
      }
      personIds[size] = personId;
      qualities[size] = quality;
      size++;
    }
  }
}
