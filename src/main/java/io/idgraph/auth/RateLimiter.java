package io.idgraph.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-key token buckets: a key with a rate of N per second may make N calls in a burst, then one
 * every 1/N seconds. A key without a rate is never limited. One key over its rate does not slow any
 * other.
 */
public final class RateLimiter {
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one call from {@code key}'s bucket; 0 when allowed, else the whole seconds to wait (at
   * least 1) before the next call is allowed. A changed rate starts a new, full bucket.
   */
  public long acquire(String key, double perSecond) {
    if (perSecond <= 0) {
      return 0;
    }
    long now = nanoTime.getAsLong();
    TokenBucket bucket =
        buckets.compute(
            key,
            (k, b) ->
                b != null && b.perSecond() == perSecond
                    ? b
                    : new TokenBucket(Math.max(1.0, perSecond), perSecond, now));
    return bucket.take(now);
  }
}
