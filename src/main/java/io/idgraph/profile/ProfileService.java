package io.idgraph.profile;

import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonIds;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles get_person profiles by domain. */
public final class ProfileService {
  public static final int MAX_IDS = 1000;
  public static final String TOO_MANY_IDS = "Maximum 1000 person IDs allowed per request";

  private final IdentityStore store;

  public ProfileService(IdentityStore store) {
    this.store = store;
  }

  /**
   * Profiles of these ids in request order (a repeated id once); unknown or malformed ids go to
   * not_found. More than {@link #MAX_IDS} ids is an {@link IdgraphException} with {@link
   * #TOO_MANY_IDS}; no domains is an error too.
   */
  public PersonResult getPersons(List<String> personIds, List<Domain> domains) {
    checkRequest(personIds.size(), domains);
    List<String> requested = new ArrayList<>(new LinkedHashSet<>(personIds));
    Long[] parsed = new Long[requested.size()];
    Map<Long, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < parsed.length; i++) {
      parsed[i] = PersonIds.parse(requested.get(i));
      if (parsed[i] != null) {
        index.putIfAbsent(parsed[i], index.size());
      }
    }
    long[] lookup = index.keySet().stream().mapToLong(Long::longValue).toArray();
    List<PersonRecord> records = store.persons(lookup, attributeDomains(domains));
    List<Profile> profiles = new ArrayList<>(lookup.length);
    List<String> notFound = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < parsed.length; i++) {
      if (parsed[i] != null && !seen.add(parsed[i])) {
        continue; // the same id in another spelling
      }
      PersonRecord record = parsed[i] == null ? null : records.get(index.get(parsed[i]));
      if (record != null) {
        profiles.add(ProfileAssembler.assemble(record, domains));
      } else {
        notFound.add(requested.get(i) == null ? "" : requested.get(i).trim());
      }
    }
    return new PersonResult(profiles, notFound);
  }

  /**
   * Profiles of known persons among these distinct ids, in their order; unknown ids are left out.
   * For callers that hold ids as numbers already (row enrichment). Same limits as {@link
   * #getPersons}.
   */
  public List<Profile> profiles(long[] personIds, List<Domain> domains) {
    checkRequest(personIds.length, domains);
    List<Profile> profiles = new ArrayList<>(personIds.length);
    for (PersonRecord record : store.persons(personIds, attributeDomains(domains))) {
      if (record != null) {
        profiles.add(ProfileAssembler.assemble(record, domains));
      }
    }
    return profiles;
  }

  private static void checkRequest(int ids, List<Domain> domains) {
    if (ids > MAX_IDS) {
      throw new IdgraphException(ErrorCode.LIMIT_EXCEEDED, TOO_MANY_IDS + " (got " + ids + ")");
    }
    if (domains.isEmpty()) {
      throw IdgraphException.invalid(
          "domains must name at least one domain; valid domains: " + Domain.validNames());
    }
  }

  private static Set<Domain> attributeDomains(List<Domain> domains) {
    Set<Domain> wanted = EnumSet.noneOf(Domain.class);
    for (Domain d : domains) {
      if (!d.isContact()) {
        wanted.add(d);
      }
    }
    return wanted;
  }
}
