package io.idgraph.privacy;

import io.idgraph.normalize.NormalizedIdentifier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The check a load or build makes before it stores anything: is this identifier, or this person id,
 * suppressed (its person was deleted)? Thread-safe; counts its hits, which {@link #flushHits()}
 * adds to the list's shared counter (shown in /metrics).
 */
public final class Suppression {
  /** The reason a rejects file gives for what suppression dropped. */
  public static final String REASON = "suppressed";

  private static final Suppression NONE = new Suppression(null, null);

  private final IdentifierHmac hmac;
  private final SuppressionList list;
  private final AtomicLong hits = new AtomicLong();

  Suppression(IdentifierHmac hmac, SuppressionList list) {
    this.hmac = hmac;
    this.list = list;
  }

  /** A check that suppresses nothing (tests, and tools that write no graph). */
  public static Suppression none() {
    return NONE;
  }

  public boolean isSuppressed(NormalizedIdentifier id) {
    if (list == null || list.size() == 0) {
      return false;
    }
    boolean hit = list.contains(hmac.of(id.type(), id.key()));
    if (hit) {
      hits.incrementAndGet();
    }
    return hit;
  }

  public boolean isSuppressedPerson(long personId) {
    if (list == null || list.size() == 0) {
      return false;
    }
    boolean hit = list.contains(hmac.ofPerson(personId));
    if (hit) {
      hits.incrementAndGet();
    }
    return hit;
  }

  /** Hits counted since the last flush. */
  public long pendingHits() {
    return hits.get();
  }

  /** Adds the hits counted so far to the shared counter. */
  public void flushHits() {
    long n = hits.getAndSet(0);
    if (list != null && n > 0) {
      list.countHits(n);
    }
  }
}
