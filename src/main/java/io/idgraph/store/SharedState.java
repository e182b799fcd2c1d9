package io.idgraph.store;

import java.util.function.Supplier;

/**
 * State that every process on one cluster store shares, beside the graph: create-once values (a
 * key), counters, sets and time-ordered logs, each by name. Every write is acknowledged at the
 * store's consistency before it returns, and a read after it sees it. The privacy state and the
 * audit log are built on these, so they need not know the engine. Only a cluster store has one (the
 * embedded store keeps such state in files of the data dir).
 */
public interface SharedState extends AutoCloseable {
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

  SharedLog log(String name);

  @Override
  void close();
}
