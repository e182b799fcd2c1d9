package io.idgraph.http;

import io.idgraph.auth.TokenBucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed authentications: counted by reason in {@code idgraph_auth_failures_total{reason}}, and
 * limited per client address with a token bucket of {@code perMinute} failures that refills over a
 * minute. An address whose bucket is empty is answered 429 for anything but a valid key, so a
 * guesser is held back while a valid key from the same address never waits.
 */
final class AuthThrottle {
  /** Why an authentication failed. */
  enum Reason {
    MISSING,
    MALFORMED,
    INVALID,
    THROTTLED
  }

  private static final int MAX_TRACKED = 10_000;

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);

  AuthThrottle(int perMinute, MeterRegistry registry, LongSupplier nanoTime) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
    for (Reason reason : Reason.values()) {
      failures.put(
          reason,
          Counter.builder("idgraph.auth.failures")
              .description("HTTP requests refused for their credentials, by reason")
              .tag("reason", reason.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  /** Seconds until {@code address} may fail again, or 0 when it may now. */
  long retryAfterSeconds(String address) {
    TokenBucket bucket = buckets.get(address);
    return bucket == null ? 0 : bucket.waitSeconds(nanoTime.getAsLong());
  }

  /** Counts a failure of {@code address} for {@code reason}. */
  void failed(String address, Reason reason) {
    failures.get(reason).increment();
    if (reason == Reason.THROTTLED) {
      return;
    }
    if (buckets.size() >= MAX_TRACKED) {
      forgetRested();
    }
    long now = nanoTime.getAsLong();
    buckets
        .computeIfAbsent(address, a -> new TokenBucket(perMinute, perMinute / 60.0, now))
        .drain(now);
  }

  /** Drops the addresses whose buckets have refilled: they hold no state worth keeping. */
  private void forgetRested() {
    long now = nanoTime.getAsLong();
    buckets.values().removeIf(bucket -> bucket.isFull(now));
  }
}
