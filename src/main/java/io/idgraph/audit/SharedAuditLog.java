package io.idgraph.audit;

import io.idgraph.graph.Json;
import io.idgraph.store.SharedLog;
import io.idgraph.store.SharedState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * The audit log on a cluster store: the shared log {@code audit}, appended by every server and
 * command on the cluster. An append returns when the cluster acknowledged the event at the store's
 * consistency, so an answered call is in the log even if its server is killed right after; appends
 * of concurrent calls go out concurrently (a bounded number at once), not one after the other.
 */
final class SharedAuditLog implements AuditLog {
  static final String LOG = "audit";

  private final SharedState state;
  private final SharedLog log;

  SharedAuditLog(SharedState state) {
    this.state = state;
    this.log = state.timeLog(LOG);
  }

  @Override
  public void append(AuditEvent event) {
    log.append(Instant.parse(event.at()), null, Json.MAPPER.writeValueAsString(event), null);
  }

  @Override
  public List<AuditEvent> read(Instant since, String actor) {
    List<AuditEvent> out = new ArrayList<>();
    for (String record : log.read(since)) {
      try {
        AuditEvent e = Json.MAPPER.readValue(record, AuditEvent.class);
        if (actor == null || actor.equals(e.actor())) {
          out.add(e);
        }
      } catch (JacksonException e) {
        // a record a later version wrote differently; the rest still reads
      }
    }
    return out;
  }

  @Override
  public int prune(Instant cutoff) {
    return log.prune(cutoff);
  }

  @Override
  public void close() {
    state.close();
  }
}
