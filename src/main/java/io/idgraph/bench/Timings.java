package io.idgraph.bench;

import java.util.Arrays;

/** Wall times of repeated runs of one operation, in nanoseconds; reports median and p99. */
public final class Timings {
  private final long[] nanos;
  private int count;

  public Timings(int capacity) {
    this.nanos = new long[capacity];
  }

  public void add(long elapsedNanos) {
    nanos[count++] = elapsedNanos;
  }

  public double medianMillis() {
    return percentileMillis(50);
  }

  public double p99Millis() {
    return percentileMillis(99);
  }


  private double percentileMillis(double p) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }
}
