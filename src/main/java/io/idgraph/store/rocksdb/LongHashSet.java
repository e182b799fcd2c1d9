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
    return slots[slotOf(slots, v)] == v;
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
    int i = slotOf(table, v);
    if (table[i] == v) {
      return false;
    }
    table[i] = v;
    return true;
  }

  /** Where {@code v} (not 0) is in {@code table}, or the empty slot where it would go. */
  private static int slotOf(long[] table, long v) {
    int mask = table.length - 1;
    int i = mix(v) & mask;
    while (table[i] != v && table[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
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
