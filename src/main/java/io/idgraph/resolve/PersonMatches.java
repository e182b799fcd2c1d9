package io.idgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one person matched: one match per distinct submitted value, and the evidence behind them.
 * Values that hit the same stored identifier (john.doe@gmail.com and johndoe@gmail.com) are one
 * piece of evidence, so the overall score counts it once. The evidence is at most one piece per
 * stored key of the person, a few as a rule, and sits in two small arrays rather than a map: a
 * request of a million values holds one of these for each person it matched.
 */
final class PersonMatches {
  final long personId;
  private final List<Match> matches = new ArrayList<>(2);
  private Object[] evidenceKeys = new Object[1];
  private double[] evidenceQualities = new double[1];
  private int evidenceCount;
  private AddressMatch address;
  private double addressScore = -1;
  private double overall = Double.NaN;

  PersonMatches(long personId) {
    this.personId = personId;
  }

  void add(SubmittedValue value, double quality, Object evidenceKey) {
    overall = Double.NaN;
    addEvidence(evidenceKey, quality);
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

  /** The stored identifier {@code key} supports this person with {@code quality}, or more. */
  private void addEvidence(Object key, double quality) {
    for (int i = 0; i < evidenceCount; i++) {
      if (evidenceKeys[i].equals(key)) {
        evidenceQualities[i] = Math.max(evidenceQualities[i], quality);
        return;
      }
    }
    if (evidenceCount == evidenceKeys.length) {
      evidenceKeys = Arrays.copyOf(evidenceKeys, evidenceCount * 2);
      evidenceQualities = Arrays.copyOf(evidenceQualities, evidenceCount * 2);
    }
    evidenceKeys[evidenceCount] = key;
    evidenceQualities[evidenceCount++] = quality;
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
      for (int i = 0; i < evidenceCount; i++) {
        acc.add(evidenceQualities[i]);
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
