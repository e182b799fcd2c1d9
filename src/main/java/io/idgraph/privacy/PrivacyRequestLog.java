package io.idgraph.privacy;

import java.time.Instant;
import java.util.List;

/**
 * The record of privacy requests, kept {@link #RETENTION_MONTHS} months and surviving the deletions
 * it records. Appends are durable before they return.
 */
public interface PrivacyRequestLog {
  int RETENTION_MONTHS = 24;

  void append(PrivacyRequest request);

  /** Requests received at or after {@code since} (all when null), oldest first. */
  List<PrivacyRequest> list(Instant since);

  /** Every record of one request id, oldest first (a repeated request has several). */
  List<PrivacyRequest> find(String requestId);

  /** Drops records received before {@code cutoff}; returns how many went. */
  int prune(Instant cutoff);
}
