package io.idgraph.cli;

import io.idgraph.http.HttpLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code serve} that bound what clients may hold: time, bytes, requests. */
final class HttpLimitOptions {
  @Option(names = "--idle-timeout", defaultValue = "30", paramLabel = "SECONDS")
  long idleTimeoutSeconds;

  @Option(
      names = "--min-data-rate",
      defaultValue = "" + HttpLimits.DEFAULT_MIN_DATA_RATE,
      paramLabel = "BYTES")
  long minDataRate;

  @Option(
      names = "--max-concurrent",
      defaultValue = "" + HttpLimits.DEFAULT_MAX_CONCURRENT,
      paramLabel = "N")
  int maxConcurrent;

  @Option(
      names = "--max-queued",
      defaultValue = "" + HttpLimits.DEFAULT_MAX_QUEUED,
      paramLabel = "N")
  int maxQueued;

  @Option(
      names = "--max-transfers",
      defaultValue = "" + HttpLimits.DEFAULT_MAX_TRANSFERS,
      paramLabel = "N")
  int maxTransfers;

  @Option(
      names = "--max-auth-failures",
      defaultValue = "" + HttpLimits.DEFAULT_AUTH_FAILURES_PER_MINUTE,
      paramLabel = "N")
  int maxAuthFailures;

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
