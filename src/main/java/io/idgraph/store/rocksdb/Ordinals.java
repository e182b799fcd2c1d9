package io.idgraph.store.rocksdb;

/**
 * Finding a person id in an ascending (unsigned) id table. When the ids are contiguous (n ids from
 * first to first + n - 1, as most graphs' are), the position is computed without reading the table:
 * a bulk load looks up every index entry's person (26M at 1M persons), each at a random place.
 * Otherwise a first guess by interpolation, then a search widening around it, so a lookup costs a
 * probe or two instead of twenty.
 */
final class Ordinals {
  /** The id at a position of a table. */
  interface Table {
    long idAt(long position);
  }

  private Ordinals() {}

  /** The position of {@code id} among {@code n} ids, or -1. */
  static long find(Table table, long n, long id) {
    if (n == 0) {
      return -1;
    }
    long first = table.idAt(0);
    long last = table.idAt(n - 1);
    if (Long.compareUnsigned(id, first) < 0 || Long.compareUnsigned(id, last) > 0) {
      return -1;
    }
    if (first >= 0 && last >= 0 && last - first == n - 1) {
      return id - first; // n distinct ascending ids in a range of n values: every one is there
    }
    long guess = 0;
    if (first >= 0 && last >= 0 && last > first) {
      guess = (long) ((double) (id - first) / (double) (last - first) * (n - 1));
      guess = Math.max(0, Math.min(n - 1, guess));
    }
    long at = table.idAt(guess);
    if (at == id) {
      return guess;
    }
    // widen from the guess until the id is bracketed, then halve
    long lo;
    long hi;
    if (Long.compareUnsigned(at, id) < 0) {
      long step = 1;
      lo = guess + 1;
      hi = guess + step;
      while (hi < n - 1 && Long.compareUnsigned(table.idAt(hi), id) < 0) {
        lo = hi + 1;
        step <<= 1;
        hi = guess + step;
      }
      hi = Math.min(hi, n - 1);
    } else {
      long step = 1;
      hi = guess - 1;
      lo = guess - step;
      while (lo > 0 && Long.compareUnsigned(table.idAt(lo), id) > 0) {
        hi = lo - 1;
        step <<= 1;
        lo = guess - step;
      }
      lo = Math.max(lo, 0);
    }
    while (lo <= hi) {
      long mid = (lo + hi) >>> 1;
      int c = Long.compareUnsigned(table.idAt(mid), id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
