package io.idgraph.privacy;

import io.idgraph.store.SharedSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Hidden persons on a cluster store: the shared set {@code hidden_persons} ({@code optout:ID},
 * {@code deleted:ID}), cached in memory because every read checks it. A check uses the cache while
 * it was confirmed less than {@link #MAX_STALENESS} ago; otherwise it first reads the set's version
 * (one small read) and, only when that changed, the whole set. So a change acknowledged by any
 * process is seen by every check that starts {@link #MAX_STALENESS} later, and a server makes at
 * most one version read a second however busy it is.
 */
final class SharedHiddenPersons implements HiddenPersons {
  static final String SET = "hidden_persons";

  /** The longest a check relies on a cache that was not confirmed against the cluster. */
  static final Duration MAX_STALENESS = Duration.ofSeconds(1);

  private static final String OPTOUT = "optout:";
  private static final String DELETED = "deleted:";

  private record Snapshot(long version, long confirmedAt, Set<Long> optedOut, Set<Long> deleted) {}

  private final SharedSet set;
  private final LongSupplier nanoTime;
  private volatile Snapshot snapshot;

  SharedHiddenPersons(SharedSet set, LongSupplier nanoTime) {
    this.set = set;
    this.nanoTime = nanoTime;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s != null && nanoTime.getAsLong() - s.confirmedAt() < MAX_STALENESS.toNanos()) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      long started = nanoTime.getAsLong();
      if (s != null && started - s.confirmedAt() < MAX_STALENESS.toNanos()) {
        return s;
      }
      long version = set.version();
      Snapshot fresh =
          s != null && s.version() == version
              ? new Snapshot(version, started, s.optedOut(), s.deleted())
              : load(version, started);
      snapshot = fresh;
      return fresh;
    }
  }

  /** Reads every member; the version was read first, so a change after it bumps it again. */
  private Snapshot load(long version, long started) {
    Set<Long> optedOut = new HashSet<>();
    Set<Long> deleted = new HashSet<>();
    for (String member : set.members()) {
      if (member.startsWith(OPTOUT)) {
        parse(member.substring(OPTOUT.length()), optedOut);
      } else if (member.startsWith(DELETED)) {
        parse(member.substring(DELETED.length()), deleted);
      }
    }
    return new Snapshot(version, started, Set.copyOf(optedOut), Set.copyOf(deleted));
  }

  private static void parse(String id, Set<Long> into) {
    try {
      into.add(Long.parseLong(id));
    } catch (NumberFormatException e) {
      // a member this version did not write; ignored
    }
  }

  @Override
  public boolean isHidden(long personId) {
    Snapshot s = current();
    return s.optedOut().contains(personId) || s.deleted().contains(personId);
  }

  @Override
  public boolean isOptedOut(long personId) {
    return current().optedOut().contains(personId);
  }

  @Override
  public boolean isDeleted(long personId) {
    return current().deleted().contains(personId);
  }

  @Override
  public Set<Long> hiddenAmong(long[] personIds) {
    Snapshot s = current();
    return HiddenPersons.among(personIds, s.optedOut(), s.deleted());
  }

  @Override
  public void optOut(Collection<Long> personIds) {
    set.addAll(members(OPTOUT, personIds));
    snapshot = null; // this process sees its own change at once
  }

  @Override
  public void optIn(Collection<Long> personIds) {
    set.removeAll(members(OPTOUT, personIds));
    snapshot = null;
  }

  @Override
  public void markDeleted(Collection<Long> personIds) {
    set.addAll(members(DELETED, personIds));
    snapshot = null;
  }

  private static List<String> members(String prefix, Collection<Long> personIds) {
    List<String> out = new ArrayList<>(personIds.size());
    personIds.forEach(id -> out.add(prefix + id));
    return out;
  }
}
