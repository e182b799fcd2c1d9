package io.idgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one person matched: one match per distinct submitted value, and the evidence behind them.
 * Values that hit the same stored identifier (john.doe@gmail.com and johndoe@gmail.com) are one
 * piece of evidence, so the overall score counts it once.
 */
final class PersonMatches {
  final long personId;
  private final List<Match> matches = new ArrayList<>(2);
  private final Map<Object, Double> evidence = new HashMap<>(4);
  private AddressMatch address;
  private double addressScore = -1;
  private double overall = Double.NaN;

  PersonMatches(long personId) {
    this.personId = personId;
  }

  void add(SubmittedValue value, double quality, Object evidenceKey) {
    overall = Double.NaN;
    evidence.merge(evidenceKey, quality, Math::max);
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      if (m.criterionValue().equals(value.raw())
          && m.criterionType().equals(value.criterionType())) {
        if (quality > m.qualityScore()) {
          matches.set(i, new Match(m.criterionType(), m.criterionValue(), quality));
        }
        return;
      }
    }
    matches.add(new Match(value.criterionType(), value.raw(), quality));
  }

  /** Keeps the address match with the highest score. */
  void offerAddress(AddressMatch match, double score) {
    if (score > addressScore) {
      address = match;
      addressScore = score;
    }
  }

  /** The Noisy-OR of the evidence, computed once per change (ranking compares it often). */
  double overall() {
    if (Double.isNaN(overall)) {
      NoisyOr acc = new NoisyOr();
      for (double q : evidence.values()) {
        acc.add(q);
      }
      overall = acc.value();
    }
    return overall;
  }

  List<Match> roundedMatches() {
    List<Match> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      out.add(new Match(m.criterionType(), m.criterionValue(), NoisyOr.round(m.qualityScore(), 4)));
    }
    return out;
  }

  AddressMatch address() {
    return address;
  }
}
