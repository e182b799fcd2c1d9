package io.idgraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirAuditLogTest {
  @TempDir Path dir;

  private static AuditEvent event(String at, String actor) {
    return new AuditEvent(
        at,
        actor,
        "mcp-http",
        "resolve_identities",
        "ok",
        Map.of("requested", 1),
        null,
        null,
        null);
  }

  @Test
  void append_concurrentCallersAllReadBack() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (DataDirAuditLog log = new DataDirAuditLog(dir)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String actor = "k" + (i % 4);
        done.add(pool.submit(() -> log.append(event("2026-08-15T10:00:00Z", actor))));
      }
      for (Future<?> f : done) {
        f.get();
      }
      assertThat(log.read(null, null)).hasSize(400);
      assertThat(log.read(null, "k1")).hasSize(100);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void read_sinceAndPruneByDay() {
    try (DataDirAuditLog log = new DataDirAuditLog(dir)) {
      log.append(event("2026-08-01T10:00:00Z", "a"));
      log.append(event("2026-08-02T10:00:00Z", "a"));
      log.append(event("2026-08-03T10:00:00Z", "a"));
      assertThat(log.read(Instant.parse("2026-08-02T10:00:00Z"), null)).hasSize(2);
      assertThat(log.prune(Instant.parse("2026-08-03T00:00:00Z"))).isEqualTo(2);
      assertThat(log.read(null, null)).hasSize(1);
    }
  }

  @Test
  void read_skipsATornLastLine() throws Exception {
    try (DataDirAuditLog log = new DataDirAuditLog(dir)) {
      log.append(event("2026-08-01T10:00:00Z", "a"));
    }
    Files.writeString(
        dir.resolve("audit-2026-08-01.jsonl"),
        "{\"at\":\"2026-08-01T10:00:01Z\",\"act",
        java.nio.file.StandardOpenOption.APPEND);
    try (DataDirAuditLog log = new DataDirAuditLog(dir)) {
      assertThat(log.read(null, null)).hasSize(1);
      log.append(event("2026-08-01T10:00:02Z", "b"));
      assertThat(log.read(null, null))
          .as("the event appended after the torn write")
          .extracting(AuditEvent::actor)
          .containsExactly("a", "b");
    }
  }
}
