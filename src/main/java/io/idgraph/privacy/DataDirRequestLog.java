package io.idgraph.privacy;

import io.idgraph.graph.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/** The request log in the data dir: {@code privacy/requests.jsonl}, one request a line. */
final class DataDirRequestLog implements PrivacyRequestLog {
  private final Path file;

  DataDirRequestLog(Path dir) {
    this.file = dir.resolve("requests.jsonl");
  }

  @Override
  public void append(PrivacyRequest request) {
    new AppendOnlyLines(file).append(List.of(Json.MAPPER.writeValueAsString(request)));
  }

  private List<PrivacyRequest> all() {
    List<PrivacyRequest> out = new ArrayList<>();
    for (String line : new AppendOnlyLines(file).readNew()) {
      try {
        out.add(Json.MAPPER.readValue(line, PrivacyRequest.class));
      } catch (JacksonException e) {
        // a torn or foreign line; the rest of the log still reads
      }
    }
    return out;
  }

  @Override
  public List<PrivacyRequest> list(Instant since) {
    List<PrivacyRequest> out = new ArrayList<>();
    for (PrivacyRequest r : all()) {
      if (since == null || !Instant.parse(r.receivedAt()).isBefore(since)) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public List<PrivacyRequest> find(String requestId) {
    return all().stream().filter(r -> r.requestId().equals(requestId)).toList();
  }

  @Override
  public synchronized int prune(Instant cutoff) {
    List<PrivacyRequest> all = all();
    List<String> kept = new ArrayList<>();
    for (PrivacyRequest r : all) {
      if (!Instant.parse(r.receivedAt()).isBefore(cutoff)) {
        kept.add(Json.MAPPER.writeValueAsString(r));
      }
    }
    int dropped = all.size() - kept.size();
    if (dropped > 0) {
      new AppendOnlyLines(file).rewrite(kept);
    }
    return dropped;
  }
}
