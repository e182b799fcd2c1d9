package io.idgraph.store.rocksdb;

/** A set of longs in one open-addressing array (no boxing); not thread-safe. */
final class LongHashSet {
  private long[] slots;
  private boolean hasZero;
  private int size;

  LongHashSet() {
    slots = new long[64];
  }

  int size() {
    return size;
  }

  boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == v) {
        return true;
      }
      if (s == 0) {
        return false;
      }
    }
  }

  void add(long v) {
    if (v == 0) {
      if (!hasZero) {
        hasZero = true;
        size++;
      }
      return;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (insert(slots, v)) {
      size++;
    }
  }

  void clear() {
    slots = new long[64];
    hasZero = false;
    size = 0;
  }

  private static boolean insert(long[] table, long v) {
    int mask = table.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = table[i];
      if (s == v) {
        return false;
      }
      if (s == 0) {
        table[i] = v;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long s : slots) {
      if (s != 0) {
        insert(bigger, s);
      }
    }
    slots = bigger;
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
