package io.idgraph.mcp;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Room in the heap for the identifier values of the calls being answered. A call reserves room for
 * its values before it matches them and gives it back when it has answered, so large calls that
 * arrive together take turns instead of running the server out of memory: with the launcher's heap,
 * two calls of a million values each used to end with one of them failing, and so did sixteen
 * exports of 100,000 emails at once. Calls of up to {@link #SMALL_CALL} values (inline lookups of
 * the usual size) take no room and never wait.
 */
final class ValueBudget {
  /**
   * Heap a submitted value costs while its call runs, the call's share of fixed costs included: a
   * 100,000-email export sent as JSON holds the body, its parsed tree, the matches and a wave of
   * identities (about 85 MB); a 1,000,000-value CSV resolve held 290 MB (docs/PERFORMANCE.md).
   */
  static final int BYTES_PER_VALUE = 1000;

  /**
   * What an address value costs, in values: an address matches a household (2.6 persons a value in
   * the generated graph, where an email matches 0.7), and a 97,000-address export held 1.3 KB a
   * value at its peak.
   */
  static final int ADDRESS_WEIGHT = 2;

  /** Calls of this many values or fewer hold little, take no room and never wait. */
  static final int SMALL_CALL = 10_000;

  /** How long a call waits for room before it is told to come back. */
  static final Duration MAX_WAIT = Duration.ofSeconds(60);

  private final int capacity;
  private final Semaphore room;
  private final Duration maxWait;

  ValueBudget(int capacity, Duration maxWait) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a value budget needs room for at least one value");
    }
    this.capacity = capacity;
    // not first come, first served: a smaller call that fits goes ahead of a larger one that waits
    this.room = new Semaphore(capacity);
    this.maxWait = maxWait;
  }

  /**
   * Six tenths of this JVM's heap: the rest is for the small calls, which reserve nothing, and the
   * collector's room to work.
   */
  static ValueBudget ofHeap() {
    long values = Runtime.getRuntime().maxMemory() / 10 * 6 / BYTES_PER_VALUE;
    return new ValueBudget((int) Math.max(1, Math.min(Integer.MAX_VALUE, values)), MAX_WAIT);
  }

  /** Room held by a call; closing it gives the room back. */
  interface Reservation extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Room for the values of {@code request}, waiting for other calls to give theirs back if need be;
   * a call larger than the whole budget waits until it has all of it. No room within the wait is an
   * {@link IdgraphException} that says to retry.
   */
  Reservation reserve(ResolveRequest request) {
    int values = request.valueCount();
    if (values <= SMALL_CALL) {
      return () -> {};
    }
    int wanted = (int) Math.min(weight(request), capacity);
    boolean got;
    try {
      got = room.tryAcquire(wanted, maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = false;
    }
    if (!got) {
      throw new IdgraphException(
          ErrorCode.LIMIT_EXCEEDED,
          "the server is busy with other large calls and had no room for "
              + values
              + " identifier values within "
              + maxWait.toSeconds()
              + " seconds; retry in a minute, or send fewer identifiers per call");
    }
    return () -> room.release(wanted);
  }

  /** The values a request counts for: an address value counts {@link #ADDRESS_WEIGHT}. */
  private static long weight(ResolveRequest request) {
    long weight = 0;
    for (IdentifierGroup group : request.groups()) {
      weight +=
          (long) group.values().size() * (group.idType() == IdType.ADDRESS ? ADDRESS_WEIGHT : 1);
    }
    return weight;
  }
}
