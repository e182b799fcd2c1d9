package io.idgraph.store;

import java.util.Optional;

/**
 * An engine that can fill an empty store faster than by upserts: it sorts what it is given and
 * writes sorted files at the end. Optional: a loader uses it when the store implements it, and
 * {@link IdentityStore#upsert} otherwise.
 */
public interface BulkLoading {
  /** A bulk load when the store holds no persons; empty otherwise (use upserts). */
  Optional<BulkLoad> startBulkLoad();
}
