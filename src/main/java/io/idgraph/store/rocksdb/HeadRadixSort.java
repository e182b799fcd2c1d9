package io.idgraph.store.rocksdb;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of unsigned 64-bit values, a byte at a time. For the
 * bulk load's spilled keys, whose first 8 bytes are random (a fingerprint), it moves each value in
 * a few sequential passes instead of comparing it at random places some 17 times, and it skips the
 * bytes every value shares (a partition's first byte).
 */
final class HeadRadixSort {
  private HeadRadixSort() {}

  /**
   * Sorts {@code values} in place, ascending as unsigned, and returns where each sorted value was
   * at first (equal values keep their first order).
   */
  static int[] sort(long[] values) {
    int n = values.length;
    long[] from = values;
    long[] to = new long[n];
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    int[] orderTo = new int[n];
    int[] start = new int[256];
    for (int shift = 0; shift < 64 && n > 0; shift += 8) {
      Arrays.fill(start, 0);
      for (long v : from) {
        start[digit(v, shift)]++;
      }
      if (start[digit(from[0], shift)] == n) {
        continue; // every value has this byte: the pass would move nothing
      }
      for (int b = 0, at = 0; b < 256; b++) {
        int c = start[b];
        start[b] = at;
        at += c;
      }
      for (int i = 0; i < n; i++) {
        int at = start[digit(from[i], shift)]++;
        to[at] = from[i];
        orderTo[at] = order[i];
      }
      long[] swapValues = from;
      from = to;
      to = swapValues;
      int[] swapOrder = order;
      order = orderTo;
      orderTo = swapOrder;
    }
    if (from != values) {
      System.arraycopy(from, 0, values, 0, n);
    }
    return order;
  }

  private static int digit(long value, int shift) {
    return (int) (value >>> shift) & 0xFF;
  }
}
