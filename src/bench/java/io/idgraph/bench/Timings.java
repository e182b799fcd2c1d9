package io.idgraph.bench;

import java.util.Arrays;

/** Wall times of repeated runs of one operation, in nanoseconds: the one median/p99 helper. */
public final class Timings {
  private long[] nanos = new long[64];
  private int count;

  public synchronized void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  public synchronized void addAll(Timings other) {
    long[] theirs = other.snapshot();
    for (long n : theirs) {
      add(n);
    }
  }

  public synchronized int count() {
    return count;
  }

  public double medianMillis() {
    return percentileMillis(50);
  }

  public double p99Millis() {
    return percentileMillis(99);
  }

  /** The nearest-rank percentile {@code p} (0 to 100), in milliseconds; 0 when empty. */
  public double percentileMillis(double p) {
    long[] sorted = snapshot();
    if (sorted.length == 0) {
      return 0;
    }
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private synchronized long[] snapshot() {
    return Arrays.copyOf(nanos, count);
  }
}
