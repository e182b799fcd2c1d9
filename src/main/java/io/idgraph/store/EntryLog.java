package io.idgraph.store;

import java.util.List;

/**
 * An append-only log of small entries, kept per key (a workflow id, say): entries of one key are
 * read together, oldest first. Entries are never changed and, unless the implementation says
 * otherwise, never expire.
 */
public interface EntryLog {
  /** A log that keeps nothing (a warm-up's calls). */
  EntryLog NONE =
      new EntryLog() {
        @Override
        public void append(String key, byte[] entry) {}

        @Override
        public List<byte[]> entries(String key) {
          return List.of();
        }

        @Override
        public boolean has(String key) {
          return false;
        }

        @Override
        public List<String> keys() {
          return List.of();
        }
      };

  /** Appends {@code entry} to the entries of {@code key}. */
  void append(String key, byte[] entry);

  /** The entries of {@code key}, oldest first; empty when it has none. */
  List<byte[]> entries(String key);

  /** True when {@code key} has at least one entry. */
  boolean has(String key);

  /** Every key with entries, the one appended to most recently first. */
  List<String> keys();
}
