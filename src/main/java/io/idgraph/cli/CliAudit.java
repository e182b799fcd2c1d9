package io.idgraph.cli;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.AuditLog;
import io.idgraph.audit.AuditLogs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Records a CLI read of personal data, or a privacy request, in the audit log (the data dir's, or
 * the cluster's for a cluster store; actor {@code cli}): counts only, never identifiers. Durable
 * before the command prints its result.
 */
final class CliAudit {
  private CliAudit() {}

  static void record(
      DataDirOption data, String action, Map<String, Integer> counts, String requestId) {
    try (AuditLog log = AuditLogs.open(data.dataDir(), data.store())) {
      log.append(
          new AuditEvent(
              Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
              "cli",
              "cli",
              action,
              "ok",
              counts,
              null,
              requestId,
              null));
    }
  }

  static int clamp(long n) {
    return (int) Math.min(Integer.MAX_VALUE, n);
  }
}
