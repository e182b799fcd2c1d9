package io.idgraph.cli;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.DataDirAuditLog;
import io.idgraph.files.DataDir;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Records a CLI read of personal data, or a privacy request, in the data dir's audit log (actor
 * {@code cli}): counts only, never identifiers. Durable before the command prints its result.
 */
final class CliAudit {
  private CliAudit() {}

  static void record(DataDir dir, String action, Map<String, Integer> counts, String requestId) {
    try (DataDirAuditLog log = new DataDirAuditLog(auditDir(dir))) {
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

  static java.nio.file.Path auditDir(DataDir dir) {
    return dir.root().resolve("audit");
  }

  static int clamp(long n) {
    return (int) Math.min(Integer.MAX_VALUE, n);
  }
}
