package io.idgraph.resolve;

import io.idgraph.geo.Distance;
import io.idgraph.graph.Geo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.normalize.StandardAddress;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.Link;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Address matching beyond the exact match key: describes exact matches (coordinates, distance 0)
 * and finds near matches (a street typo, a missing ZIP or unit) among known addresses filed under
 * the same block (same ZIP or same city, and the same house number), at a reduced score.
 */
final class AddressNearMatcher {
  /** Candidates examined per block key. */
  private static final int BLOCK_LIMIT = 64;

  /** A near match scoring below this factor of the link quality is not a match. */
  private static final double MIN_FACTOR = 0.5;

  /** Factors this close are a tie. */
  private static final double TIE = 1e-9;

  private final IdentityStore store;
  private final IdentifierNormalizer normalizer;

  AddressNearMatcher(IdentityStore store, IdentifierNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
  }

  /** Adds the address block (normalized address, coordinates, distance 0) of exact matches. */
  void describeExact(
      List<SubmittedValue> values,
      List<List<Link>> links,
      double min,
      Map<Long, PersonMatches> persons) {
    if (values.isEmpty()) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    values.forEach(v -> keys.add(v.normalized().key()));
    Map<String, AddressEntry> known = store.addresses(keys);
    for (int i = 0; i < values.size(); i++) {
      if (links.get(i).isEmpty()) {
        continue;
      }
      AddressEntry entry = known.get(values.get(i).normalized().key());
      // one block for all who live there: an address matches a household, 2.6 persons on average
      AddressMatch block = describe(entry, values.get(i).normalized().display(), 0.0);
      for (Link link : links.get(i)) {
        PersonMatches p = persons.get(link.personId());
        if (p != null && link.quality() >= min) {
          p.offerAddress(block, link.quality());
        }
      }
    }
  }

  /** Near-matches addresses that had no exact match; returns how many values matched. */
  int matchNear(List<SubmittedValue> values, double min, Map<Long, PersonMatches> persons) {
    List<SubmittedValue> found = new ArrayList<>();
    List<Candidate> bests = new ArrayList<>();
    List<IndexKey> keys = new ArrayList<>();
    for (SubmittedValue value : values) {
      Candidate best = bestCandidate(value.normalized().address());
      if (best != null) {
        found.add(value);
        bests.add(best);
        keys.add(IndexKeys.forLookup(HashType.PLAINTEXT, best.normalized()));
      }
    }
    if (keys.isEmpty()) {
      return 0;
    }
    List<List<Link>> hits = store.lookup(keys);
    int matched = 0;
    for (int i = 0; i < found.size(); i++) {
      SubmittedValue value = found.get(i);
      Candidate best = bests.get(i);
      AddressMatch block = null;
      for (Link link : hits.get(i)) {
        double quality = link.quality() * best.factor;
        if (quality >= min) {
          if (block == null) {
            block = describe(best.entry, best.entry.display(), distance(value, best.entry));
          }
          PersonMatches p = persons.computeIfAbsent(link.personId(), PersonMatches::new);
          p.add(value, quality, best.entry.matchKey());
          p.offerAddress(block, quality);
        }
      }
      matched += block != null ? 1 : 0;
    }
    return matched;
  }

  private Candidate bestCandidate(StandardAddress input) {
    Set<String> keys = new LinkedHashSet<>();
    for (String block : input.blockKeys()) {
      keys.addAll(store.addressBlock(block, BLOCK_LIMIT));
    }
    if (keys.isEmpty()) {
      return null;
    }
    Candidate best = null;
    boolean tied = false;
    for (AddressEntry entry : store.addresses(keys).values()) {
      NormalizeResult parsed = normalizer.normalize(IdType.ADDRESS, entry.display());
      if (!parsed.isOk()) {
        continue;
      }
      double factor = AddressSimilarity.factor(input, parsed.value().address());
      if (factor < MIN_FACTOR) {
        continue;
      }
      if (best == null || factor > best.factor + TIE) {
        best = new Candidate(entry, parsed.value(), factor);
        tied = false;
      } else if (factor >= best.factor - TIE
          && !parsed.value().key().equals(best.normalized.key())) {
        tied = true;
      }
    }
    // two known addresses that fit equally well ("123 Main St" without the unit, in a building
    // of several): guessing one of them is how a wrong person is returned, so neither is
    return tied ? null : best;
  }

  /** Metres from the input's own location (its ZIP centroid) to the known address, if known. */
  private static Double distance(SubmittedValue value, AddressEntry entry) {
    String zip = value.normalized().address().zip5();
    if (entry.geo() == null || zip == null) {
      return null;
    }
    return io.idgraph.geo.ZipCentroids.shared()
        .lookup(zip)
        .map(
            c ->
                (double)
                    Math.round(
                        Distance.haversineMeters(
                            c.latitude(),
                            c.longitude(),
                            entry.geo().latitude(),
                            entry.geo().longitude())))
        .orElse(null);
  }

  private static AddressMatch describe(
      AddressEntry entry, String fallbackDisplay, Double distance) {
    String display = entry == null ? fallbackDisplay : entry.display();
    Geo geo = entry == null ? null : entry.geo();
    return new AddressMatch(
        display + ", USA",
        geo == null ? null : geo.latitude(),
        geo == null ? null : geo.longitude(),
        geo == null ? null : distance);
  }

  private record Candidate(
      AddressEntry entry, io.idgraph.normalize.NormalizedIdentifier normalized, double factor) {}
}
