package io.idgraph.cli;

import io.idgraph.http.HttpLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code serve} that bound what clients may hold: time, bytes, requests. */
final class HttpLimitOptions {
  private static final HttpLimits DEFAULTS = HttpLimits.defaults();

  @Option(names = "--idle-timeout", paramLabel = "SECONDS")
  long idleTimeoutSeconds = DEFAULTS.idleTimeout().toSeconds();

  @Option(names = "--min-data-rate", paramLabel = "BYTES")
  long minDataRate = DEFAULTS.minDataRate();

  @Option(names = "--max-concurrent", paramLabel = "N")
  int maxConcurrent = DEFAULTS.maxConcurrent();

  @Option(names = "--max-queued", paramLabel = "N")
  int maxQueued = DEFAULTS.maxQueued();

  @Option(names = "--max-transfers", paramLabel = "N")
  int maxTransfers = DEFAULTS.maxTransfers();

  @Option(names = "--max-auth-failures", paramLabel = "N")
  int maxAuthFailures = DEFAULTS.authFailuresPerMinute();

  /** The limits, checked by {@link HttpLimits} (a bad value is a usage error naming its option). */
  HttpLimits limits() {
    return new HttpLimits(
        Duration.ofSeconds(idleTimeoutSeconds),
        minDataRate,
        maxConcurrent,
        maxQueued,
        maxTransfers,
        maxAuthFailures);
  }
}
