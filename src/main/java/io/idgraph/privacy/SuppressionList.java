package io.idgraph.privacy;

import java.util.Collection;

/**
 * The identifiers (and person ids) of deleted persons, as keyed HMACs ({@link IdentifierHmac}):
 * what a load or build must never bring back. Entries never expire. Implementations are shared by
 * processes: an entry one process adds is seen by the others' next check.
 */
public interface SuppressionList {
  boolean contains(String hmac);

  /** Adds entries durably (on disk, or acknowledged by the cluster) before returning. */
  void addAll(Collection<String> hmacs);

  /** How many entries the list holds. */
  int size();

  /**
   * Adds {@code count} to the suppression hits (identifiers or persons a load or build dropped).
   */
  void countHits(long count);

  /** Suppression hits since the list was created, counted by every process. */
  long hits();
}
