package io.idgraph.http;

import io.idgraph.graph.IdgraphException;
import java.time.Duration;

/**
 * What one client, or all of them together, may hold of the HTTP server.
 *
 * @param idleTimeout a connection that sends and reads nothing for this long is closed; a request
 *     queued for work this long is answered 503
 * @param minDataRate bytes per second a request body or a response must at least move at, so a
 *     client that trickles a body does not hold a connection for ever
 * @param maxConcurrent MCP requests worked on at once; more wait in a queue served fairly across
 *     client addresses
 * @param maxQueued MCP requests that may wait; more are answered 503 with Retry-After
 * @param maxTransfers file downloads and uploads in progress at once; more get 503
 * @param authFailuresPerMinute failed authentications one client address may make in a minute
 *     before it is answered 429 with Retry-After
 */
public record HttpLimits(
    Duration idleTimeout,
    long minDataRate,
    int maxConcurrent,
    int maxQueued,
    int maxTransfers,
    int authFailuresPerMinute) {
  public HttpLimits {
    if (idleTimeout.toSeconds() < 1 || idleTimeout.toSeconds() > 3600) {
      throw IdgraphException.invalid(
          "--idle-timeout must be from 1 to 3600 seconds; got " + idleTimeout.toSeconds());
    }
    requireAtLeast("--min-data-rate", minDataRate, 0);
    requireAtLeast("--max-concurrent", maxConcurrent, 1);
    requireAtLeast("--max-queued", maxQueued, 0);
    requireAtLeast("--max-transfers", maxTransfers, 1);
    requireAtLeast("--max-auth-failures", authFailuresPerMinute, 1);
  }

  /** The limits of a server whose options do not say otherwise (serve shows these as defaults). */
  public static HttpLimits defaults() {
    return new HttpLimits(
        Duration.ofSeconds(30), // idle timeout
        1024, // min data rate, bytes a second
        16, // max concurrent
        256, // max queued
        16, // max transfers
        30); // auth failures per minute
  }

  static void requireAtLeast(String flag, long value, long min) {
    if (value < min) {
      throw IdgraphException.invalid(flag + " must be at least " + min + "; got " + value);
    }
  }
}
