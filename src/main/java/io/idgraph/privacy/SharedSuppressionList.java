package io.idgraph.privacy;

import io.idgraph.store.SharedSet;
import io.idgraph.store.SharedState;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The suppression list on a cluster store: the shared set {@code suppressed} (entries never expire)
 * and the counter {@code suppression_hits}. A load or build reads the whole list once, on its first
 * check, and checks in memory; adding needs no read, so a privacy request never loads it.
 */
final class SharedSuppressionList implements SuppressionList {
  static final String SET = "suppressed";
  static final String HITS = "suppression_hits";

  private final SharedState state;
  private final SharedSet entries;
  private Set<String> known;

  SharedSuppressionList(SharedState state) {
    this.state = state;
    this.entries = state.set(SET);
  }

  private Set<String> known() {
    if (known == null) {
      known = new HashSet<>(entries.members());
    }
    return known;
  }

  @Override
  public synchronized boolean contains(String hmac) {
    return known().contains(hmac);
  }

  @Override
  public synchronized void addAll(Collection<String> hmacs) {
    entries.addAll(Set.copyOf(hmacs));
    if (known != null) {
      known.addAll(hmacs);
    }
  }

  @Override
  public synchronized int size() {
    return known().size();
  }

  @Override
  public void countHits(long count) {
    if (count > 0) {
      state.addToCounter(HITS, count);
    }
  }

  @Override
  public long hits() {
    return state.counter(HITS);
  }
}
