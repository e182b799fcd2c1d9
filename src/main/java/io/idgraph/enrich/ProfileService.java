package io.idgraph.enrich;

import io.idgraph.graph.Domain;
import io.idgraph.store.IdentityStore;
import java.util.List;

/** Assembles get_person profiles by domain. */
public final class ProfileService {
  public static final int MAX_IDS = 1000;
  public static final String TOO_MANY_IDS = "Maximum 1000 person IDs allowed per request";

  private final IdentityStore store;

  public ProfileService(IdentityStore store) {
    this.store = store;
  }

  /**
   * Profiles of these ids in request order; unknown or malformed ids go to not_found. More than
   * {@link #MAX_IDS} ids is an {@code IdgraphException} with {@link #TOO_MANY_IDS}.
   */
  public PersonResult getPersons(List<String> personIds, List<Domain> domains) {
    throw new UnsupportedOperationException("not yet");
  }
}
