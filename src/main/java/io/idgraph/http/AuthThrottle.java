package io.idgraph.http;

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
  private static final long MINUTE_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
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
    Bucket bucket = buckets.get(address);
    if (bucket == null) {
      return 0;
    }
    synchronized (bucket) {
      bucket.refill(nanoTime.getAsLong(), perMinute);
      if (bucket.tokens >= 1) {
        return 0;
      }
      double missing = 1 - bucket.tokens;
      return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
    }
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
    Bucket bucket =
        buckets.computeIfAbsent(address, a -> new Bucket(perMinute, nanoTime.getAsLong()));
    synchronized (bucket) {
      bucket.refill(nanoTime.getAsLong(), perMinute);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
    }
  }

  /** Drops the addresses whose buckets have refilled: they hold no state worth keeping. */
  private void forgetRested() {
    long now = nanoTime.getAsLong();
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                e.getValue().refill(now, perMinute);
                return e.getValue().tokens >= perMinute;
              }
            });
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.at = now;
    }

    void refill(long now, int perMinute) {
      tokens = Math.min(perMinute, tokens + (now - at) * (double) perMinute / MINUTE_NANOS);
      at = now;
    }
  }
}
