package io.idgraph.store;

import java.util.function.Supplier;

/**
 * A cluster store's home for the state a server would otherwise keep in its data dir, shared by
 * every process on the cluster: small documents (API keys, signing keys), entry logs (workflow
 * calls, feedback), files with an expiry (exports, uploads), and, for the privacy state and the
 * audit log, create-once values, counters, sets and time-ordered logs. Every write is acknowledged
 * at the store's consistency before it returns, and a read after it sees it. Only a cluster store
 * has one (the embedded store keeps such state in files of the data dir).
 */
public interface SharedState extends AutoCloseable {
  /** The shared document {@code name} (e.g. {@code signing_keys}). */
  StateDocument document(String name);

  /** The entry log {@code name} (e.g. {@code workflows}): entries by key, in append order. */
  EntryLog log(String name);

  /** The expiring files of {@code name} (e.g. {@code exports}). */
  ExpiringFiles files(String name);

  /**
   * The value stored under {@code name}; when none is, {@code initial} makes one and it is stored
   * unless another process stored one first (then that one is returned).
   */
  byte[] valueOrCreate(String name, Supplier<byte[]> initial);

  /** Adds {@code delta} to the counter {@code name}. */
  void addToCounter(String name, long delta);

  /** The counter {@code name} (0 when never added to). */
  long counter(String name);

  SharedSet set(String name);

  /** The time-ordered log {@code name} (e.g. {@code audit}), pruned by whole days. */
  SharedLog timeLog(String name);

  @Override
  void close();
}
