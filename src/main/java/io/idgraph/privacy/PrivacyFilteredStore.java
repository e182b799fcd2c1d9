package io.idgraph.privacy;

import io.idgraph.graph.Domain;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import io.idgraph.store.StoreStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store, of any engine, through which hidden persons ({@link HiddenPersons}: opted out or
 * deleted) cannot be read: lookups do not point to them, their records and lineage read as absent,
 * and their reverse index as empty. Everything that reads persons (resolve, get_person, row
 * enrichment, exports, the CLI read commands) goes through this view, so one rule covers them all.
 * Writes pass through unchanged.
 */
public final class PrivacyFilteredStore implements IdentityStore {
  private final IdentityStore store;
  private final HiddenPersons hidden;
  private final Runnable alsoOnClose;

  public PrivacyFilteredStore(IdentityStore store, HiddenPersons hidden) {
    this(store, hidden, () -> {});
  }

  /** As above; closing this view also runs {@code alsoOnClose} (after the store is closed). */
  PrivacyFilteredStore(IdentityStore store, HiddenPersons hidden, Runnable alsoOnClose) {
    this.store = store;
    this.hidden = hidden;
    this.alsoOnClose = alsoOnClose;
  }

  @Override
  public List<List<Link>> lookup(List<IndexKey> keys) {
    List<List<Link>> found = store.lookup(keys);
    Set<Long> gone = hidden.hiddenAmong(personIdsOf(found));
    if (gone.isEmpty()) {
      return found;
    }
    List<List<Link>> out = new ArrayList<>(found.size());
    for (List<Link> links : found) {
      List<Link> kept = new ArrayList<>(links.size());
      for (Link link : links) {
        if (!gone.contains(link.personId())) {
          kept.add(link);
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static long[] personIdsOf(List<List<Link>> found) {
    int n = 0;
    for (List<Link> links : found) {
      n += links.size();
    }
    long[] ids = new long[n];
    int i = 0;
    for (List<Link> links : found) {
      for (Link link : links) {
        ids[i++] = link.personId();
      }
    }
    return ids;
  }

  @Override
  public List<PersonRecord> persons(long[] personIds, Set<Domain> attributeDomains) {
    return withoutHidden(personIds, store.persons(personIds, attributeDomains));
  }

  @Override
  public List<PersonLineage> lineage(long[] personIds) {
    return withoutHidden(personIds, store.lineage(personIds));
  }

  /** {@code found} (one item per person id, in order) with a hidden person's item set to null. */
  private <T> List<T> withoutHidden(long[] personIds, List<T> found) {
    Set<Long> gone = hidden.hiddenAmong(personIds);
    if (gone.isEmpty()) {
      return found;
    }
    List<T> out = new ArrayList<>(found);
    for (int i = 0; i < personIds.length; i++) {
      if (gone.contains(personIds[i])) {
        out.set(i, null);
      }
    }
    return out;
  }

  @Override
  public List<IndexKey> keysOf(long personId) {
    return hidden.isHidden(personId) ? List.of() : store.keysOf(personId);
  }

  @Override
  public Map<String, AddressEntry> addresses(Collection<String> matchKeys) {
    return store.addresses(matchKeys);
  }

  @Override
  public List<String> addressBlock(String blockKey, int limit) {
    return store.addressBlock(blockKey, limit);
  }

  @Override
  public void upsert(List<PersonWrite> batch) {
    store.upsert(batch);
  }

  @Override
  public void putLineage(Map<Long, PersonLineage> lineage) {
    store.putLineage(lineage);
  }

  @Override
  public boolean delete(long personId) {
    return store.delete(personId);
  }

  @Override
  public StoreStats stats() {
    return store.stats();
  }

  @Override
  public long pageIn(Duration budget) {
    return store.pageIn(budget);
  }

  @Override
  public void close() {
    try {
      store.close();
    } finally {
      alsoOnClose.run();
    }
  }
}
