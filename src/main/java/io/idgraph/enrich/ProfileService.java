package io.idgraph.enrich;

import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
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
    if (personIds.size() > MAX_IDS) {
      throw new IdgraphException(
          ErrorCode.LIMIT_EXCEEDED, TOO_MANY_IDS + " (got " + personIds.size() + ")");
    }
    if (domains.isEmpty()) {
      throw IdgraphException.invalid(
          "domains must name at least one domain; valid domains: " + Domain.validNames());
    }
    List<String> requested = new ArrayList<>(new LinkedHashSet<>(personIds));
    List<Long> parsed = new ArrayList<>(requested.size());
    Set<Long> distinct = new LinkedHashSet<>();
    for (String raw : requested) {
      Long id = PersonIds.parse(raw);
      parsed.add(id);
      if (id != null) {
        distinct.add(id);
      }
    }
    long[] lookup = distinct.stream().mapToLong(Long::longValue).toArray();
    List<PersonRecord> records = store.persons(lookup, attributeDomains(domains));
    Map<Long, PersonRecord> byId = new HashMap<>();
    for (int i = 0; i < lookup.length; i++) {
      if (records.get(i) != null) {
        byId.put(lookup[i], records.get(i));
      }
    }
    List<Profile> profiles = new ArrayList<>(byId.size());
    List<String> notFound = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      PersonRecord record = parsed.get(i) == null ? null : byId.remove(parsed.get(i));
      if (record != null) {
        profiles.add(ProfileAssembler.assemble(record, domains));
      } else if (parsed.get(i) == null || !isRepeat(parsed, i)) {
        notFound.add(requested.get(i) == null ? "" : requested.get(i).trim());
      }
    }
    return new PersonResult(profiles, notFound);
  }

  /** True when the same id already appeared earlier in another spelling ("12" and " 12"). */
  private static boolean isRepeat(List<Long> parsed, int index) {
    return parsed.subList(0, index).contains(parsed.get(index));
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
