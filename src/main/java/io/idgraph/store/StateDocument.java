package io.idgraph.store;

import java.util.function.UnaryOperator;

/**
 * A small document of server state (the API keys, say) that several server processes read and
 * change: on a cluster store it lives in the cluster, so every server sees a change at once.
 */
public interface StateDocument extends AutoCloseable {
  /** The document's bytes, or null when it was never written. */
  byte[] read();

  /** A value that differs whenever the document changed (null when it was never written). */
  Object version();

  /**
   * Replaces the document with {@code change} applied to its current bytes (null when never
   * written), atomically with respect to every other writer; {@code change} may run more than once
   * and may throw to refuse the change.
   */
  void update(UnaryOperator<byte[]> change);

  @Override
  void close();
}
