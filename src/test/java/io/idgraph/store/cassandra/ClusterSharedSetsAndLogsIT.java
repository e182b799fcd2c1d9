package io.idgraph.store.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idgraph.store.SharedLog;
import io.idgraph.store.SharedSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared values, sets and time-ordered logs (privacy state and audit log on a cluster) against
 * a real cluster; each test uses names of its own, so the tests need no emptying. Runs when {@code
 * IDGRAPH_STORE} names a {@code cassandra://} cluster.
 */
class ClusterSharedSetsAndLogsIT {
  private static ClusterSharedState one;
  private static ClusterSharedState two;
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @BeforeAll
  static void open() {
    CassandraUri cluster = TestCluster.uri();
    assumeTrue(cluster != null, "no cassandra:// store in IDGRAPH_STORE; skipped");
    one = ClusterSharedState.open(cluster.withKeyspace("shared_state"));
    two = ClusterSharedState.open(cluster.withKeyspace("shared_state"));
  }

  @AfterAll
  static void close() {
    if (one != null) {
      one.close();
      two.close();
    }
  }

  @Test
  void valueOrCreate_firstValueWinsForEveryone() {
    String name = "key-" + RUN;
    byte[] first = one.valueOrCreate(name, () -> "first".getBytes(StandardCharsets.UTF_8));
    byte[] second = two.valueOrCreate(name, () -> "second".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("first");
    assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("first");
  }

  @Test
  void set_changesAreSeenByTheOtherAndBumpTheVersion() {
    SharedSet mine = one.set("set-" + RUN);
    SharedSet theirs = two.set("set-" + RUN);
    long before = theirs.version();
    mine.addAll(List.of("a", "b", "c"));
    long afterAdd = theirs.version();
    assertThat(afterAdd).isNotEqualTo(before);
    assertThat(theirs.members()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(theirs.contains("b")).isTrue();

    mine.removeAll(List.of("b"));
    assertThat(theirs.version()).isNotEqualTo(afterAdd);
    assertThat(theirs.contains("b")).isFalse();
    assertThat(theirs.members()).containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void log_readsInTimeOrderFromSinceFindsByKeyAndPrunesWholeDays() {
    SharedLog log = one.timeLog("log-" + RUN);
    Instant today = Instant.now();
    Instant threeDaysAgo = today.minus(Duration.ofDays(3));
    log.append(today.minusSeconds(5), null, "today-1", null);
    log.append(threeDaysAgo, "k1", "old-keyed", null);
    log.append(today, "k1", "today-keyed", null);
    log.append(today.minusSeconds(1), null, "today-2", null);

    SharedLog other = two.timeLog("log-" + RUN);
    assertThat(other.read(null)).containsExactly("old-keyed", "today-1", "today-2", "today-keyed");
    assertThat(other.read(today.minusSeconds(2))).containsExactly("today-2", "today-keyed");
    assertThat(other.find("k1")).containsExactly("old-keyed", "today-keyed");

    assertThat(other.prune(today.minus(Duration.ofDays(1)))).isEqualTo(1);
    assertThat(log.read(null)).containsExactly("today-1", "today-2", "today-keyed");
    assertThat(log.find("k1")).containsExactly("today-keyed");
    assertThat(other.prune(today.minus(Duration.ofDays(1)))).isZero();
  }

  @Test
  void log_recordPastItsKeepingTimeIsNotWritten() {
    SharedLog log = one.timeLog("ttl-" + RUN);
    log.append(Instant.now(), "k", "kept", Duration.ofDays(1));
    log.append(Instant.now(), "k", "expired", Duration.ofSeconds(-1));
    assertThat(log.find("k")).containsExactly("kept");
  }

  @Test
  void counter_addsUp() {
    String name = "hits-" + RUN;
    assertThat(one.counter(name)).isZero();
    one.addToCounter(name, 3);
    two.addToCounter(name, 4);
    assertThat(one.counter(name)).isEqualTo(7);
  }
}
