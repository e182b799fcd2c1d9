package io.idgraph.resolve;

/**
 * Edit distance between short strings (optimal string alignment: an adjacent transposition such as
 * MIAN for MAIN counts as one edit), with an early exit past a bound.
 */
final class Levenshtein {
  private Levenshtein() {}

  /** The edit distance of a and b, or {@code bound + 1} if it exceeds {@code bound}. */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[] prevPrev = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], prevPrev[j - 2] + 1);
        }
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] t = prevPrev;
      prevPrev = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], bound + 1);
  }
}
