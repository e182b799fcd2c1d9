package io.idgraph.resolve;

import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;

/** Resolves submitted identifiers to persons with per-match quality and Noisy-OR per person. */
public final class Resolver {
  private final IdentityStore store;
  private final IdentifierNormalizer normalizer;

  public Resolver(IdentityStore store, IdentifierNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
  }

  public ResolveResult resolve(ResolveRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
