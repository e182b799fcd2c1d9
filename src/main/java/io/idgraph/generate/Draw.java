package io.idgraph.generate;

import java.util.SplittableRandom;

/** Random draws over a {@link SplittableRandom}: chances, weighted indices, clamped scores. */
final class Draw {
  private Draw() {}

  static boolean chance(SplittableRandom rnd, double p) {
    return rnd.nextDouble() < p;
  }

  /** An index into {@code weights}, each picked in proportion to its weight. */
  static int weighted(SplittableRandom rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static <T> T pick(SplittableRandom rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  static int pick(SplittableRandom rnd, int[] values) {
    return values[rnd.nextInt(values.length)];
  }

  /** A uniform double in [low, high). */
  static double between(SplittableRandom rnd, double low, double high) {
    return low + rnd.nextDouble() * (high - low);
  }

  /** A standard normal draw (Box-Muller; deterministic for a given generator state). */
  static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** {@code score} rounded to an index in [0, max]. */
  static int level(double score, int max) {
    long rounded = Math.round(score);
    return (int) Math.max(0, Math.min(max, rounded));
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  static String padded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width
        ? digits
        : "0000000000".substring(0, width - digits.length()) + digits;
  }
}
