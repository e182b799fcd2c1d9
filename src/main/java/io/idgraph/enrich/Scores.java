package io.idgraph.enrich;

/** Scores as shown: 4 decimals. */
final class Scores {
  private static final double SCALE = 10_000;

  private Scores() {}

  /** The score in ten-thousandths. */
  static long units(double score) {
    return Math.round(score * SCALE);
  }

  static double fromUnits(long units) {
    return units / SCALE;
  }

  /** "0.9", "0.8425", "1", "0": at most 4 decimals, no trailing zeros, never exponent form. */
  static String format(double score) {
    long u = units(score);
    long whole = u / 10_000;
    long frac = u % 10_000;
    if (frac == 0) {
      return Long.toString(whole);
    }
    StringBuilder digits = new StringBuilder(Long.toString(frac + 10_000).substring(1));
    while (digits.charAt(digits.length() - 1) == '0') {
      digits.setLength(digits.length() - 1);
    }
    return whole + "." + digits;
  }
}
