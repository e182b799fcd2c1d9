package io.idgraph.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.store.SharedSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedHiddenPersonsTest {
  /** A set in memory that counts its reads, standing in for the cluster's. */
  static final class CountingSet implements SharedSet {
    final Set<String> members = ConcurrentHashMap.newKeySet();
    final AtomicLong version = new AtomicLong();
    int versionReads;
    int memberReads;

    @Override
    public boolean contains(String member) {
      return members.contains(member);
    }

    @Override
    public void addAll(Collection<String> add) {
      members.addAll(add);
      version.incrementAndGet();
    }

    @Override
    public void removeAll(Collection<String> remove) {
      members.removeAll(remove);
      version.incrementAndGet();
    }

    @Override
    public List<String> members() {
      memberReads++;
      return new ArrayList<>(members);
    }

    @Override
    public long version() {
      versionReads++;
      return version.get();
    }
  }

  private final CountingSet set = new CountingSet();
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final SharedHiddenPersons server = new SharedHiddenPersons(set, now::get);
  private final SharedHiddenPersons cli = new SharedHiddenPersons(set, now::get);

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void changeByAnotherProcess_seenOnceTheStalenessBoundHasPassed() {
    assertThat(server.isHidden(7)).isFalse();
    cli.optOut(List.of(7L));

    advance(SharedHiddenPersons.MAX_STALENESS.minusMillis(1));
    assertThat(server.isHidden(7)).as("cache still within its bound").isFalse();
    advance(Duration.ofMillis(1));
    assertThat(server.isHidden(7)).isTrue();
    assertThat(server.hiddenAmong(new long[] {6, 7, 8})).containsExactly(7L);
  }

  @Test
  void ownChange_seenAtOnce() {
    assertThat(cli.isOptedOut(9)).isFalse();
    cli.markDeleted(List.of(9L));
    assertThat(cli.isDeleted(9)).isTrue();
    assertThat(cli.isOptedOut(9)).isFalse();
  }

  @Test
  void optIn_undoesAnOptOutButNotADeletion() {
    cli.optOut(List.of(1L, 2L));
    cli.markDeleted(List.of(2L));
    cli.optIn(List.of(1L, 2L));
    assertThat(cli.isHidden(1)).isFalse();
    assertThat(cli.isHidden(2)).isTrue();
  }

  @Test
  void busyReader_readsTheVersionOnceABoundAndTheMembersOnlyWhenTheyChanged() {
    for (int i = 0; i < 1000; i++) {
      server.isHidden(i);
    }
    assertThat(set.versionReads).isEqualTo(1);
    assertThat(set.memberReads).isEqualTo(1);

    advance(SharedHiddenPersons.MAX_STALENESS);
    server.isHidden(1);
    assertThat(set.versionReads).isEqualTo(2);
    assertThat(set.memberReads).as("version unchanged: members not read again").isEqualTo(1);
  }
}
