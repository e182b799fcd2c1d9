package io.idgraph.generate;

import java.time.Instant;

/** ISO-8601 UTC timestamps to the second ("2025-01-15T10:30:00Z"). */
final class Timestamps {
  private Timestamps() {}

  /** {@link Instant#toString} of a whole second always prints the seconds and no fraction. */
  static String isoSeconds(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }
}
