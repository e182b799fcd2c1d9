package io.idgraph.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each linked person an id that stays stable across builds. An id goes to the person holding
 * most of the records that had it (ties: the earlier record); a person holding several old ids
 * keeps the lowest and the others are merged into it; a person with none gets the next fresh id.
 */
final class IdAssigner {
  /** Ids per root record, merges (old id to survivor) and splits (old id to its other parts). */
  record Assignment(
      long[] idOfRoot, Map<Long, Long> merged, Map<Long, List<Long>> splits, long nextId) {}

  private IdAssigner() {}

  static Assignment assign(int[] root, long[] previous, long nextId) {
    int n = root.length;
    long[] idOfRoot = new long[n];
    int pairs = 0;
    for (long p : previous) {
      pairs += p != 0 ? 1 : 0;
    }
    long[] ids = new long[pairs];
    int[] roots = new int[pairs];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (previous[i] != 0) {
        ids[k] = previous[i];
        roots[k++] = root[i];
      }
    }
    PairSort.sort(ids, roots, pairs);
    Map<Long, Long> merged = new LinkedHashMap<>();
    Map<Long, List<Integer>> losers = new LinkedHashMap<>();
    int start = 0;
    while (start < pairs) {
      int end = start;
      int best = -1;
      int bestCount = 0;
      while (end < pairs && ids[end] == ids[start]) {
        int runStart = end;
        while (end < pairs && ids[end] == ids[start] && roots[end] == roots[runStart]) {
          end++;
        }
        if (end - runStart > bestCount) {
          bestCount = end - runStart;
          best = roots[runStart];
        }
      }
      long id = ids[start];
      if (idOfRoot[best] == 0) {
        idOfRoot[best] = id;
      } else {
        merged.put(id, idOfRoot[best]);
      }
      for (int i = start; i < end; i++) {
        if (roots[i] != best && (i == start || roots[i] != roots[i - 1])) {
          losers.computeIfAbsent(id, x -> new ArrayList<>()).add(roots[i]);
        }
      }
      start = end;
    }
    long next = nextId;
    for (int i = 0; i < n; i++) {
      if (root[i] == i && idOfRoot[i] == 0) {
        idOfRoot[i] = next++;
      }
    }
    Map<Long, List<Long>> splits = new LinkedHashMap<>();
    losers.forEach(
        (id, parts) -> {
          List<Long> partIds = new ArrayList<>();
          parts.forEach(r -> partIds.add(idOfRoot[r]));
          splits.put(id, partIds);
        });
    return new Assignment(idOfRoot, merged, splits, next);
  }
}
