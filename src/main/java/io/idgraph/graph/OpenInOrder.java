package io.idgraph.graph;

import java.util.ArrayDeque;

/**
 * Resources opened one after another: if a later step fails, the ones opened so far are closed,
 * newest first. Open them in try-with-resources and hand the result that owns them over once every
 * step has succeeded:
 *
 * <pre>{@code
 * try (OpenInOrder opening = new OpenInOrder()) {
 *   PrivacyState privacy = opening.add(PrivacyState.open(dir, where));
 *   IdentityStore store = opening.add(IdentityStores.openReader(where, dir.graph()));
 *   return opening.handOver(new Graph(store, privacy));
 * }
 * }</pre>
 */
public final class OpenInOrder implements AutoCloseable {
  private final ArrayDeque<AutoCloseable> opened = new ArrayDeque<>();
  private boolean handedOver;

  /** Counts {@code resource} as opened (to be closed if a later step fails); returns it. */
  public <T extends AutoCloseable> T add(T resource) {
    opened.push(resource);
    return resource;
  }

  /** Every step succeeded: {@code owner} now owns what was opened; closing this closes nothing. */
  public <T> T handOver(T owner) {
    handedOver = true;
    return owner;
  }

  /** Unless handed over, closes what was opened, newest first; the first failure is thrown. */
  @Override
  public void close() {
    if (handedOver) {
      return;
    }
    RuntimeException failure = null;
    for (AutoCloseable resource; (resource = opened.poll()) != null; ) {
      try {
        resource.close();
      } catch (Exception e) {
        RuntimeException unchecked =
            e instanceof RuntimeException r ? r : new IllegalStateException(e);
        if (failure == null) {
          failure = unchecked;
        } else {
          failure.addSuppressed(unchecked);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
