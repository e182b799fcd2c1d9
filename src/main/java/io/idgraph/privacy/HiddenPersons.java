package io.idgraph.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Person ids no read may return: opted-out persons (until they opt in) and deleted persons (for
 * good, so a reader that has not yet caught up with the store's delete never shows them).
 * Implementations are shared by processes: a change one process makes is seen by the others' next
 * check.
 */
public interface HiddenPersons {
  boolean isHidden(long personId);

  boolean isOptedOut(long personId);

  boolean isDeleted(long personId);

  /** The hidden ones among {@code personIds}: one check for a whole batch. */
  Set<Long> hiddenAmong(long[] personIds);

  /**
   * The ids among {@code personIds} in either set; at once, without boxing every id, when both are
   * empty (the usual case).
   */
  static Set<Long> among(long[] personIds, Set<Long> optedOut, Set<Long> deleted) {
    if (optedOut.isEmpty() && deleted.isEmpty()) {
      return Set.of();
    }
    Set<Long> out = new HashSet<>();
    for (long id : personIds) {
      if (optedOut.contains(id) || deleted.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** Each change is durable before this returns. */
  void optOut(Collection<Long> personIds);

  /** Deleted persons stay hidden: an opt-in only undoes an opt-out. */
  void optIn(Collection<Long> personIds);

  void markDeleted(Collection<Long> personIds);
}
