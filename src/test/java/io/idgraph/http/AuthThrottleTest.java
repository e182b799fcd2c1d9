package io.idgraph.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {
  private final AtomicLong now = new AtomicLong();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AuthThrottle throttle = new AuthThrottle(6, registry, now::get);

  @Test
  void failed_aBurstThenOneFailurePerTenthOfAMinute() {
    for (int i = 0; i < 6; i++) {
      assertThat(throttle.retryAfterSeconds("10.0.0.1")).isZero();
      throttle.failed("10.0.0.1", AuthThrottle.Reason.INVALID);
    }
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isEqualTo(10);
    assertThat(throttle.retryAfterSeconds("10.0.0.2")).as("other addresses").isZero();
    now.addAndGet(4_000_000_000L);
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isEqualTo(6);
    now.addAndGet(6_000_000_000L);
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isZero();
    assertThat(registry.get("idgraph.auth.failures").tag("reason", "invalid").counter().count())
        .isEqualTo(6);
  }
}
