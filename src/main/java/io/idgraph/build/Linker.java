package io.idgraph.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links records into persons (docs/linking.md): records that share a link key are one person,
 * transitively (union-find), unless their first names clearly differ; a key whose records carry
 * {@value #SHARED_NAMES} or more clearly different first names links none of them and is reported
 * as shared. Memory: a few primitive arrays, about 16 bytes a key and 16 a record.
 */
final class Linker {
  static final int SHARED_NAMES = 3;
  private static final int MAX_NAMES = 4;

  private long[] keys = new long[1 << 12];
  private int[] keyRecords = new int[1 << 12];
  private int keyCount;
  private int[] firstNames = new int[1 << 10];
  private int records;
  private final Map<String, Integer> nameIds = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  /**
   * The result: each record's person (the root record's index), and the shared keys in signed order
   * (for {@link Arrays#binarySearch(long[], long)}).
   */
  record Result(int[] root, long[] sharedKeys) {}

  /** Adds a record with its first name (may be null) and link keys; returns its index. */
  int add(String firstName, List<Long> linkKeys) {
    if (records == firstNames.length) {
      firstNames = Arrays.copyOf(firstNames, records * 2);
    }
    String normalized = FirstNames.normalize(firstName);
    firstNames[records] =
        normalized == null ? -1 : nameIds.computeIfAbsent(normalized, this::newName);
    for (long key : linkKeys) {
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keyRecords = Arrays.copyOf(keyRecords, keyCount * 2);
      }
      keys[keyCount] = key;
      keyRecords[keyCount++] = records;
    }
    return records++;
  }

  private int newName(String name) {
    names.add(name);
    return names.size() - 1;
  }

  Result link() {
    PairSort.sort(keys, keyRecords, keyCount);
    UnionFind persons = new UnionFind(records, firstNames);
    List<Long> shared = new ArrayList<>();
    int start = 0;
    while (start < keyCount) {
      int end = start + 1;
      while (end < keyCount && keys[end] == keys[start]) {
        end++;
      }
      if (end - start > 1) {
        if (distinctNames(start, end) >= SHARED_NAMES) {
          shared.add(keys[start]);
        } else {
          // each record joins the first earlier record whose person its name fits
          for (int i = start + 1; i < end; i++) {
            for (int j = start; j < i && !persons.union(keyRecords[j], keyRecords[i]); j++) {
              // try the next earlier record
            }
          }
        }
      }
      start = end;
    }
    int[] root = new int[records];
    for (int i = 0; i < records; i++) {
      root[i] = persons.find(i);
    }
    long[] sharedKeys = shared.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sharedKeys);
    return new Result(root, sharedKeys);
  }

  /** How many clearly different first names the records of one key carry (counting stops at 3). */
  private int distinctNames(int start, int end) {
    int[] seen = new int[SHARED_NAMES];
    int count = 0;
    for (int i = start; i < end && count < SHARED_NAMES; i++) {
      int name = firstNames[keyRecords[i]];
      if (name < 0) {
        continue;
      }
      boolean fresh = true;
      for (int j = 0; j < count && fresh; j++) {
        fresh = !FirstNames.compatible(names.get(seen[j]), names.get(name));
      }
      if (fresh) {
        seen[count++] = name;
      }
    }
    return count;
  }

  /** Union-find by size with path halving; a root keeps up to four first names of its records. */
  private final class UnionFind {
    private final int[] parent;
    private final int[] size;
    private final int[][] rootNames;

    UnionFind(int n, int[] firstNames) {
      parent = new int[n];
      size = new int[n];
      rootNames = new int[n][];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        rootNames[i] = firstNames[i] < 0 ? null : new int[] {firstNames[i]};
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins the persons of two records; false when their first names clearly differ. */
    boolean union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return true;
      }
      if (!compatible(rootNames[ra], rootNames[rb])) {
        return false;
      }
      if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
      rootNames[ra] = mergeNames(rootNames[ra], rootNames[rb]);
      rootNames[rb] = null;
      return true;
    }

    private boolean compatible(int[] a, int[] b) {
      if (a == null || b == null) {
        return true;
      }
      for (int x : a) {
        for (int y : b) {
          if (x != y && !FirstNames.compatible(names.get(x), names.get(y))) {
            return false;
          }
        }
      }
      return true;
    }

    private int[] mergeNames(int[] a, int[] b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      int[] out = Arrays.copyOf(a, Math.min(MAX_NAMES, a.length + b.length));
      int n = a.length;
      for (int y : b) {
        if (n < out.length && Arrays.stream(out, 0, n).noneMatch(x -> x == y)) {
          out[n++] = y;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}
