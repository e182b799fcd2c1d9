package io.idgraph.audit;

import java.time.Instant;
import java.util.List;

/** The append-only audit log. Implementations are shared by processes. */
public interface AuditLog extends AutoCloseable {
  /** A log that keeps nothing (unit tests of other packages). */
  AuditLog NONE =
      new AuditLog() {
        @Override
        public void append(AuditEvent event) {}

        @Override
        public List<AuditEvent> read(Instant since, String actor) {
          return List.of();
        }

        @Override
        public int prune(Instant cutoff) {
          return 0;
        }

        @Override
        public void close() {}
      };

  /** Appends an event; it is durable (survives a kill or power loss) when this returns. */
  void append(AuditEvent event);

  /** Events at or after {@code since} (all when null) by {@code actor} (all when null). */
  List<AuditEvent> read(Instant since, String actor);

  /** Deletes whole days of events before {@code cutoff}; returns how many days went. */
  int prune(Instant cutoff);

  @Override
  void close();
}
