package io.idgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(now::get);

  @Test
  void acquire_burstOfRateThenWaits() {
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire("a", 5)).isZero();
    }
    assertThat(limiter.acquire("a", 5)).isEqualTo(1);
    now.addAndGet(200_000_000L); // one token refills in 1/5 s
    assertThat(limiter.acquire("a", 5)).isZero();
    assertThat(limiter.acquire("a", 5)).isEqualTo(1);
  }

  @Test
  void acquire_oneKeyOverItsRateDoesNotSlowAnother() {
    assertThat(limiter.acquire("slow", 1)).isZero();
    assertThat(limiter.acquire("slow", 1)).isEqualTo(1);
    assertThat(limiter.acquire("other", 1)).isZero();
  }

  @Test
  void acquire_slowRateSaysHowLongToWait() {
    assertThat(limiter.acquire("a", 0.25)).isZero();
    assertThat(limiter.acquire("a", 0.25)).isEqualTo(4);
  }
}
