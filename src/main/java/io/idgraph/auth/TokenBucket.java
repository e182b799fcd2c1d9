package io.idgraph.auth;

/**
 * A token bucket: holds up to {@code capacity} tokens, starts full and refills at {@code perSecond}
 * tokens a second. Time comes from the caller (nanoseconds), so tests can drive it. Thread-safe.
 */
public final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private final double capacity;
  private final double perSecond;
  private double tokens;
  private long at;

  public TokenBucket(double capacity, double perSecond, long now) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.at = now;
  }

  public double perSecond() {
    return perSecond;
  }

  /** Takes a token: 0 when there was one, else the whole seconds (at least 1) until there is. */
  public synchronized long take(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return secondsUntilToken();
  }

  /** Removes a token if there is one left (an empty bucket stays empty). */
  public synchronized void drain(long now) {
    refill(now);
    tokens = Math.max(0, tokens - 1);
  }

  /** 0 when a token is there, else the whole seconds (at least 1) until one is. */
  public synchronized long waitSeconds(long now) {
    refill(now);
    return tokens >= 1 ? 0 : secondsUntilToken();
  }

  /** True when the bucket has refilled completely: it holds nothing worth remembering. */
  public synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private long secondsUntilToken() {
    return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
  }

  private void refill(long now) {
    tokens = Math.min(capacity, tokens + (now - at) * perSecond / NANOS_PER_SECOND);
    at = now;
  }
}
