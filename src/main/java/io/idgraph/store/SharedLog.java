package io.idgraph.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An append-only log of text records ordered by time, shared by every process on a cluster store
 * ({@link SharedState}); optionally findable by a key.
 */
public interface SharedLog {
  /**
   * Appends one record, acknowledged at the store's consistency before this returns.
   *
   * @param at the record's time (it is ordered and pruned by it)
   * @param key what {@link #find} finds it by, or null
   * @param keepFor how long the store keeps it (then it expires on its own), or null for until
   *     {@link #prune}
   */
  void append(Instant at, String key, String record, Duration keepFor);

  /** Records at or after {@code since} (all when null), oldest first. */
  List<String> read(Instant since);

  /** Every record appended with {@code key}, oldest first. */
  List<String> find(String key);

  /**
   * Deletes the records of whole UTC days before {@code cutoff}'s day; returns the days deleted.
   */
  int prune(Instant cutoff);
}
