package io.idgraph.store;

/**
 * A cluster store's home for the state a server would otherwise keep in its data dir: small
 * documents (API keys, signing keys), append-only logs (workflow calls, feedback) and files with an
 * expiry (exports, uploads). Every server on the cluster sees the same state. One connection serves
 * everything opened from it; closing this closes them all.
 */
public interface SharedState extends AutoCloseable {
  /** The shared document {@code name} (e.g. {@code signing_keys}). */
  StateDocument document(String name);

  /** The append-only log {@code name} (e.g. {@code workflows}). */
  EntryLog log(String name);

  /** The expiring files of {@code name} (e.g. {@code exports}). */
  ExpiringFiles files(String name);

  @Override
  void close();
}
