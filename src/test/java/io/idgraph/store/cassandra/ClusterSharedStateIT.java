package io.idgraph.store.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.store.EntryLog;
import io.idgraph.store.ExpiringFiles;
import io.idgraph.store.StateDocument;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server's state on a real cluster (when {@code IDGRAPH_STORE} names one): files of several
 * chunks stream back byte for byte, a name is taken once, an extended file keeps its bytes, logs
 * read back in order and list their keys newest first, and a document is shared.
 */
class ClusterSharedStateIT {
  private static ClusterSharedState state;

  @BeforeAll
  static void open() {
    CassandraUri cluster = TestCluster.uri();
    assumeTrue(cluster != null, "no cassandra:// store in IDGRAPH_STORE; skipped");
    state = ClusterSharedState.open(cluster.withKeyspace("shared_state"));
  }

  @AfterAll
  static void close() {
    if (state != null) {
      state.close();
    }
  }

  @Test
  void files_largerThanAChunkStreamBackWholeAndNamesAreTakenOnce() throws Exception {
    ExpiringFiles files = state.files("test-" + UUID.randomUUID());
    byte[] bytes = new byte[ClusterFiles.CHUNK_BYTES * 2 + 12345];
    new Random(7).nextBytes(bytes);
    Instant expires = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);

    ExpiringFiles.Draft draft = files.create("wf/uploads/a.csv", Duration.ofMinutes(5));
    try (OutputStream out = draft.out()) {
      for (int i = 0; i < bytes.length; i += 1000) {
        out.write(bytes, i, Math.min(1000, bytes.length - i));
      }
    }
    assertThat(files.find("wf/uploads/a.csv")).as("nothing before commit").isEmpty();
    ExpiringFiles.Entry entry = draft.commit(expires).orElseThrow();
    assertThat(entry.sizeBytes()).isEqualTo(bytes.length);
    assertThat(files.find("wf/uploads/a.csv")).contains(entry);
    try (InputStream in = files.open(entry)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }

    ExpiringFiles.Draft second = files.create("wf/uploads/a.csv", Duration.ofMinutes(5));
    try (OutputStream out = second.out()) {
      out.write("other".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(second.commit(expires)).as("a name is never overwritten").isEmpty();

    ExpiringFiles.Entry longer = files.keepUntil(entry, expires.plus(Duration.ofHours(1)));
    assertThat(files.find("wf/uploads/a.csv").orElseThrow().expiresAt())
        .isEqualTo(longer.expiresAt());
    try (InputStream in = files.open(longer)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }

    assertThat(files.names("wf/uploads")).containsExactly("a.csv");
    assertThat(files.deleteAll()).containsExactly("wf/uploads/a.csv");
    assertThat(files.find("wf/uploads/a.csv")).isEmpty();
  }

  @Test
  void logs_readBackInOrderAndListKeysNewestFirst() throws InterruptedException {
    EntryLog log = state.log("test-" + UUID.randomUUID());
    assertThat(log.has("one")).isFalse();
    assertThat(log.entries("one")).isEmpty();
    log.append("one", bytes("a"));
    log.append("two", bytes("b"));
    Thread.sleep(5); // keys are ordered by their last append, in milliseconds
    log.append("one", bytes("c"));

    assertThat(log.entries("one")).containsExactly(bytes("a"), bytes("c"));
    assertThat(log.has("two")).isTrue();
    assertThat(log.keys()).containsExactly("one", "two");
  }

  @Test
  void documents_areSharedBetweenHandles() {
    String name = "test-" + UUID.randomUUID();
    StateDocument writer = state.document(name);
    writer.update(old -> bytes("ring"));
    StateDocument reader = state.document(name);
    assertThat(reader.read()).isEqualTo(bytes("ring"));
    assertThat(reader.version()).isEqualTo(writer.version());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
