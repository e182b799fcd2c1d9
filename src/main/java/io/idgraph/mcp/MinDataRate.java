package io.idgraph.mcp;

/**
 * The --min-data-rate rule for request bodies, for MCP bodies and signed-link uploads alike: after
 * a grace period of {@link #GRACE_NANOS}, a body must have averaged at least {@code bytesPerSecond}
 * since it started (0 turns the rule off).
 */
public final class MinDataRate {
  /** A body is never too slow in its first ten seconds. */
  static final long GRACE_NANOS = 10_000_000_000L;

  private final long bytesPerSecond;
  private final long started = System.nanoTime();

  public MinDataRate(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  /** True when {@code received} bytes since the start are below the rate. */
  public boolean tooSlow(long received) {
    long elapsed = System.nanoTime() - started;
    return bytesPerSecond > 0
        && elapsed > GRACE_NANOS
        && received < bytesPerSecond * (elapsed / 1_000_000_000L);
  }

  public long bytesPerSecond() {
    return bytesPerSecond;
  }
}
