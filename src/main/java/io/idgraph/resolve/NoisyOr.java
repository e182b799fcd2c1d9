package io.idgraph.resolve;

/** Noisy-OR aggregation of independent match scores: 1 - prod(1 - q). */
public final class NoisyOr {
  private double miss = 1.0;

  /** Adds one piece of evidence with quality {@code q} in [0, 1]. */
  public void add(double q) {
    miss *= 1.0 - q;
  }

  public double value() {
    return 1.0 - miss;
  }

  public static double of(double... scores) {
    NoisyOr acc = new NoisyOr();
    for (double q : scores) {
      acc.add(q);
    }
    return acc.value();
  }

  /** Scores and rates on the wire carry this many decimals. */
  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
