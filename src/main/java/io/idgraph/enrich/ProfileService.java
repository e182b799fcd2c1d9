package io.idgraph.enrich;

import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import java.util.ArrayList;
import java.util.EnumSet;
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
    List<String> notFound = new ArrayList<>();
    List<Long> ids = new ArrayList<>(personIds.size());
    for (String raw : new LinkedHashSet<>(personIds)) {
      Long id = PersonIds.parse(raw);
      if (id == null) {
        notFound.add(raw == null ? "" : raw.trim());
      } else {
        ids.add(id);
      }
    }
    long[] lookup = ids.stream().distinct().mapToLong(Long::longValue).toArray();
    List<PersonRecord> records = store.persons(lookup, attributeDomains(domains));
    List<Profile> profiles = new ArrayList<>(records.size());
    for (int i = 0; i < lookup.length; i++) {
      PersonRecord record = records.get(i);
      if (record == null) {
        notFound.add(Long.toString(lookup[i]));
      } else {
        profiles.add(ProfileAssembler.assemble(record, domains));
      }
    }
    return new PersonResult(profiles, notFound);
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
