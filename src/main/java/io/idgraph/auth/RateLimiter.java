package io.idgraph.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-key token buckets: a key with a rate of N per second may make N calls in a burst, then one
 * every 1/N seconds. A key without a rate is never limited. One key over its rate does not slow any
 * other.
 */
public final class RateLimiter {
  private static final long NANOS = 1_000_000_000L;

  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * Takes one call from {@code key}'s bucket; 0 when allowed, else the whole seconds to wait (at
   * least 1) before the next call is allowed.
   */
  public long acquire(String key, double perSecond) {
    if (perSecond <= 0) {
      return 0;
    }
    double capacity = Math.max(1.0, perSecond);
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perSecond / NANOS);
      bucket.at = now;
      if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
      }
      double wait = (1.0 - bucket.tokens) / perSecond;
      return Math.max(1, (long) Math.ceil(wait));
    }
  }
}
