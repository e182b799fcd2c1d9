package io.idgraph.privacy;

import io.idgraph.graph.Json;
import io.idgraph.store.SharedLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * The request log on a cluster store: the shared log {@code privacy_requests}, found by request id.
 * Each record is written with a time to live that ends {@link #RETENTION_MONTHS} months after it
 * was received, so the cluster itself drops it then; {@link #prune} has nothing left to do.
 */
record SharedRequestLog(SharedLog log, Clock clock) implements PrivacyRequestLog {
  static final String LOG = "privacy_requests";

  @Override
  public void append(PrivacyRequest request) {
    Instant received = Instant.parse(request.receivedAt());
    Instant expires = received.atZone(ZoneOffset.UTC).plusMonths(RETENTION_MONTHS).toInstant();
    log.append(
        received,
        request.requestId(),
        Json.MAPPER.writeValueAsString(request),
        Duration.between(clock.instant(), expires));
  }

  @Override
  public List<PrivacyRequest> list(Instant since) {
    return parse(log.read(since));
  }

  @Override
  public List<PrivacyRequest> find(String requestId) {
    return parse(log.find(requestId));
  }

  @Override
  public int prune(Instant cutoff) {
    return 0; // records expire on their own, RETENTION_MONTHS after they were received
  }

  private static List<PrivacyRequest> parse(List<String> records) {
    List<PrivacyRequest> out = new ArrayList<>(records.size());
    for (String r : records) {
      try {
        out.add(Json.MAPPER.readValue(r, PrivacyRequest.class));
      } catch (JacksonException e) {
        // a record a later version wrote differently; the rest still reads
      }
    }
    return out;
  }
}
