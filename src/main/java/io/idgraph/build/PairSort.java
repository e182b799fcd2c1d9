package io.idgraph.build;

/**
 * Sorts a long array and an int array of payloads together: by the longs read as unsigned, then by
 * the ints.
 */
final class PairSort {
  private PairSort() {}

  static void sort(long[] keys, int[] values, int n) {
    quicksort(keys, values, 0, n - 1);
  }

  private static void quicksort(long[] k, int[] v, int lo, int hi) {
    while (lo < hi) {
      if (hi - lo < 16) {
        insertion(k, v, lo, hi);
        return;
      }
      int mid = (lo + hi) >>> 1;
      long pk = k[mid];
      int pv = v[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (less(k[i], v[i], pk, pv)) {
          i++;
        }
        while (less(pk, pv, k[j], v[j])) {
          j--;
        }
        if (i <= j) {
          swap(k, v, i++, j--);
        }
      }
      if (j - lo < hi - i) {
        quicksort(k, v, lo, j);
        lo = i;
      } else {
        quicksort(k, v, i, hi);
        hi = j;
      }
    }
  }

  private static void insertion(long[] k, int[] v, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && less(k[j], v[j], k[j - 1], v[j - 1]); j--) {
        swap(k, v, j, j - 1);
      }
    }
  }

  private static boolean less(long ka, int va, long kb, int vb) {
    int c = Long.compareUnsigned(ka, kb);
    return c < 0 || (c == 0 && va < vb);
  }

  private static void swap(long[] k, int[] v, int a, int b) {
    long tk = k[a];
    k[a] = k[b];
    k[b] = tk;
    int tv = v[a];
    v[a] = v[b];
    v[b] = tv;
  }
}
