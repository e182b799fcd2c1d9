package io.idgraph.resolve;

import io.idgraph.graph.Echo;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves submitted identifiers to persons: normalizes each value, looks all of them up in
 * batches, drops matches below the minimum quality, groups by person with a Noisy-OR overall score,
 * and fills in each person's identifiers. One bad value never fails the call.
 */
public final class Resolver {
  private static final Comparator<PersonMatches> BEST_FIRST =
      Comparator.comparingDouble(PersonMatches::overall)
          .reversed()
          .thenComparingLong(p -> p.personId);

  private final IdentityStore store;
  private final IdentifierNormalizer normalizer;
  private final AddressNearMatcher nearMatcher;

  public Resolver(IdentityStore store, IdentifierNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
    this.nearMatcher = new AddressNearMatcher(store, normalizer);
  }

  public ResolveResult resolve(ResolveRequest request) {
    Matched matched = match(request);
    return new ResolveResult(
        matched.identities(0, matched.size()),
        matched.stats(),
        matched.invalidIdentifiers(),
        matched.truncated());
  }

  /**
   * What a request matched, persons best first, before their identifiers are read: an export reads
   * them a wave at a time ({@link #identities}), so a large export never holds them all.
   */
  public final class Matched {
    private final List<PersonMatches> shown;
    private final List<IdType> identifierTypes;
    private final ResolveStats stats;
    private final List<InvalidIdentifier> invalidIdentifiers;
    private final Boolean truncated;

    private Matched(
        List<PersonMatches> shown,
        List<IdType> identifierTypes,
        ResolveStats stats,
        List<InvalidIdentifier> invalidIdentifiers,
        Boolean truncated) {
      this.shown = shown;
      this.identifierTypes = identifierTypes;
      this.stats = stats;
      this.invalidIdentifiers = invalidIdentifiers;
      this.truncated = truncated;
    }

    /** How many persons are shown (all that matched, up to the request's inline limit). */
    public int size() {
      return shown.size();
    }

    /** The identities of the shown persons {@code from} to {@code to}, identifiers read. */
    public List<Identity> identities(int from, int to) {
      List<PersonMatches> part = shown.subList(from, to);
      List<Identity> identities = new ArrayList<>(part.size());
      Chunked.map(part.size(), c -> toIdentities(chunk(part, c), identifierTypes))
          .forEach(identities::addAll);
      return identities;
    }

    public ResolveStats stats() {
      return stats;
    }

    public List<InvalidIdentifier> invalidIdentifiers() {
      return invalidIdentifiers;
    }

    /** True when more persons matched than the inline limit; null otherwise. */
    public Boolean truncated() {
      return truncated;
    }
  }

  /**
   * Matches a request: every step of {@link #resolve} but reading the persons' identifiers. The
   * values are normalized, looked up and filed a {@link Chunked#WAVE} at a time, so a request of a
   * million values holds its persons' matches, not every value's key and hits at once.
   */
  public Matched match(ResolveRequest request) {
    List<Submitted> submitted = submitted(request.groups());
    List<InvalidIdentifier> invalid = new ArrayList<>();
    Map<Long, PersonMatches> persons = new HashMap<>();
    double min = request.minQualityScore();
    int matched = 0;
    for (int from = 0; from < submitted.size(); from += Chunked.WAVE) {
      List<Submitted> wave =
          submitted.subList(from, Math.min(submitted.size(), from + Chunked.WAVE));
      List<SubmittedValue> valid = normalizeAll(wave, request.defaultRegion(), invalid);
      List<List<List<Link>>> hits = Chunked.map(valid.size(), c -> lookup(chunk(valid, c)));
      for (int c = 0; c < hits.size(); c++) {
        matched += matchExact(chunk(valid, c), hits.get(c), min, persons);
      }
    }

    List<PersonMatches> ranked = new ArrayList<>(persons.values());
    ranked.sort(BEST_FIRST);
    boolean truncated = ranked.size() > request.inlineLimit();
    List<PersonMatches> shown = truncated ? ranked.subList(0, request.inlineLimit()) : ranked;

    int requested = submitted.size();
    double rate = requested == 0 ? 0 : NoisyOr.round((double) persons.size() / requested, 2);
    ResolveStats stats = new ResolveStats(requested, persons.size(), rate, matched, invalid.size());
    return new Matched(
        shown, request.identifierTypes(), stats, invalid, truncated ? Boolean.TRUE : null);
  }

  private static <T> List<T> chunk(List<T> all, int c) {
    return all.subList(Chunked.from(c), Chunked.to(c, all.size()));
  }

  /** Every value of every group, in request order. */
  private static List<Submitted> submitted(List<IdentifierGroup> groups) {
    List<Submitted> submitted = new ArrayList<>();
    for (IdentifierGroup group : groups) {
      String criterionType = group.idType().wireName() + "_" + group.hashType().wireName();
      for (String raw : group.values()) {
        submitted.add(new Submitted(group, criterionType, raw));
      }
    }
    return submitted;
  }

  /**
   * Normalizes these values, in order; returns the valid ones with their index key and adds the
   * others to {@code invalid}.
   */
  private List<SubmittedValue> normalizeAll(
      List<Submitted> submitted, String region, List<InvalidIdentifier> invalid) {
    List<SubmittedValue> valid = new ArrayList<>(submitted.size());
    List<List<NormalizeResult>> results =
        Chunked.map(submitted.size(), c -> normalize(chunk(submitted, c), region));
    int k = 0;
    for (List<NormalizeResult> chunk : results) {
      for (NormalizeResult result : chunk) {
        Submitted value = submitted.get(k++);
        IdentifierGroup group = value.group();
        if (result.isOk()) {
          var id = result.value();
          valid.add(
              new SubmittedValue(
                  group.idType(),
                  group.hashType(),
                  value.raw(),
                  id,
                  IndexKeys.forLookup(group.hashType(), id),
                  value.criterionType()));
        } else {
          invalid.add(
              new InvalidIdentifier(
                  group.idType().wireName(), Echo.cut(value.raw()), result.reason()));
        }
      }
    }
    return valid;
  }

  /** One value as submitted, with the group that says its type. */
  private record Submitted(IdentifierGroup group, String criterionType, String raw) {}

  private List<NormalizeResult> normalize(List<Submitted> values, String region) {
    List<NormalizeResult> out = new ArrayList<>(values.size());
    for (Submitted value : values) {
      IdentifierGroup group = value.group();
      out.add(normalizer.normalize(group.idType(), group.hashType(), value.raw(), region));
    }
    return out;
  }

  private List<List<Link>> lookup(List<SubmittedValue> batch) {
    List<IndexKey> keys = new ArrayList<>(batch.size());
    for (SubmittedValue value : batch) {
      keys.add(value.key());
    }
    return store.lookup(keys);
  }

  /**
   * Files one batch's hits under their persons; returns how many of its values matched at or above
   * {@code min}.
   */
  private int matchExact(
      List<SubmittedValue> batch,
      List<List<Link>> hits,
      double min,
      Map<Long, PersonMatches> persons) {
    int matched = 0;
    List<SubmittedValue> addressMisses = new ArrayList<>();
    List<SubmittedValue> addressHits = new ArrayList<>();
    List<List<Link>> addressLinks = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SubmittedValue value = batch.get(i);
      boolean any = false;
      for (Link link : hits.get(i)) {
        if (link.quality() >= min) {
          persons
              .computeIfAbsent(link.personId(), PersonMatches::new)
              .add(value, link.quality(), value.key());
          any = true;
        }
      }
      if (value.type() == IdType.ADDRESS && hits.get(i).isEmpty()) {
        addressMisses.add(value);
      } else if (value.type() == IdType.ADDRESS) {
        addressHits.add(value);
        addressLinks.add(hits.get(i));
      }
      matched += any ? 1 : 0;
    }
    nearMatcher.describeExact(addressHits, addressLinks, min, persons);
    matched += nearMatcher.matchNear(addressMisses, min, persons);
    return matched;
  }

  private List<Identity> toIdentities(List<PersonMatches> shown, List<IdType> identifierTypes) {
    long[] ids = new long[shown.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = shown.get(i).personId;
    }
    // a caller that wants no identifiers (row enrichment reads profiles itself) skips the read
    List<PersonRecord> records =
        identifierTypes.isEmpty()
            ? Collections.nCopies(ids.length, null)
            : store.persons(ids, Set.of());
    List<Identity> identities = new ArrayList<>(shown.size());
    for (int i = 0; i < ids.length; i++) {
      PersonMatches p = shown.get(i);
      identities.add(
          new Identity(
              p.personId,
              NoisyOr.round(p.overall(), 4),
              p.roundedMatches(),
              identifiersOf(records.get(i), identifierTypes),
              p.address()));
    }
    return identities;
  }

  private static Map<String, List<String>> identifiersOf(
      PersonRecord record, Collection<IdType> types) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (record == null) {
      return out;
    }
    for (IdType type : types) {
      var contacts = record.contacts(type);
      if (!contacts.isEmpty()) {
        List<String> values = new ArrayList<>(contacts.size());
        contacts.forEach(c -> values.add(c.value()));
        out.put(type.wireName(), values);
      }
    }
    return out;
  }
}
