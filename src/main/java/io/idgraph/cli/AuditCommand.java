package io.idgraph.cli;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.AuditLog;
import io.idgraph.audit.AuditLogs;
import io.idgraph.graph.IdgraphException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code idgraph audit [--since T] [--key NAME]}: the audit log, as JSON Lines. */
@Command(
    name = "audit",
    description =
        "Print the audit log (JSON Lines): who called which tool or command, when, how many"
            + " identifiers and persons, the outcome; never identifiers, tokens or signatures.")
final class AuditCommand implements Callable<Integer> {
  static final int DEFAULT_RETENTION_DAYS = 400;

  @Mixin DataDirOption data;

  @Option(
      names = "--since",
      paramLabel = "T",
      description = "Only events at or after T (ISO-8601, e.g. 2026-08-01T00:00:00Z).")
  String since;

  @Option(
      names = "--key",
      paramLabel = "NAME",
      description = "Only events of this key name (or cli, stdio, unauthenticated).")
  String key;

  @Option(
      names = "--retention-days",
      paramLabel = "DAYS",
      description = "Delete days older than DAYS first (default: keep everything).")
  Integer retentionDays;

  @Override
  public Integer call() {
    if (retentionDays != null) {
      prune(data, retentionDays);
    }
    Instant from = since == null ? null : PrivacyCommand.parseTime(since);
    try (AuditLog log = AuditLogs.open(data.dataDir(), data.store())) {
      List<AuditEvent> events = log.read(from, key == null ? null : key.trim());
      JsonOut.lines(events);
      System.err.println("idgraph: " + events.size() + " audit event(s)");
    }
    return 0;
  }

  /** Deletes audit days older than {@code days}. */
  static void prune(DataDirOption data, int days) {
    if (days < 1 || days > 36_500) {
      throw IdgraphException.invalid("audit retention must be 1 to 36500 days, got " + days);
    }
    try (AuditLog log = AuditLogs.open(data.dataDir(), data.store())) {
      log.prune(Instant.now().minus(Duration.ofDays(days)));
    }
  }
}
