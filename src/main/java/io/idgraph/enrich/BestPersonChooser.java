package io.idgraph.enrich;

import io.idgraph.graph.IdType;
import java.util.Arrays;
import java.util.List;

/**
 * Picks one row's best person among the persons its values matched. A candidate's score is the
 * Noisy-OR of the qualities of that row's own values that matched it, 1 - prod(1 - q). The best has
 * the highest score (compared at the 4 decimals shown); ties go to the candidate matched on the
 * type earliest in the tiebreaker order (then the next type, and so on), then to the lowest person
 * id. Reused row after row; not thread-safe.
 */
final class BestPersonChooser {
  private final int[] bitOf = new int[IdType.values().length];
  private final IdType[] order;
  private long[] ids = new long[8];
  private double[] miss = new double[8];
  private int[] masks = new int[8];
  private int size;

  /**
   * @param tiebreaker all four types, most preferred first
   */
  BestPersonChooser(List<IdType> tiebreaker) {
    order = tiebreaker.toArray(IdType[]::new);
    for (int i = 0; i < order.length; i++) {
      bitOf[order[i].ordinal()] = 1 << (order.length - 1 - i);
    }
  }

  /** Starts a new row. */
  void reset() {
    size = 0;
  }

  /** Adds one of the row's values: it matched {@code personId} with {@code quality}. */
  void add(long personId, double quality, IdType type) {
    int i = indexOf(personId);
    if (i < 0) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        miss = Arrays.copyOf(miss, size * 2);
        masks = Arrays.copyOf(masks, size * 2);
      }
      i = size++;
      ids[i] = personId;
      miss[i] = 1.0;
      masks[i] = 0;
    }
    miss[i] *= 1.0 - quality;
    masks[i] |= bitOf[type.ordinal()];
  }

  /** The best candidate of the row, or null when nothing matched. */
  Choice best() {
    int best = -1;
    long bestScore = 0;
    for (int i = 0; i < size; i++) {
      long score = Scores.units(1.0 - miss[i]);
      if (best < 0 || better(score, i, bestScore, best)) {
        best = i;
        bestScore = score;
      }
    }
    return best < 0
        ? null
        : new Choice(ids[best], Scores.fromUnits(bestScore), matchedOn(masks[best]));
  }

  private boolean better(long score, int i, long bestScore, int best) {
    if (score != bestScore) {
      return score > bestScore;
    }
    if (masks[i] != masks[best]) {
      return masks[i] > masks[best];
    }
    return ids[i] < ids[best];
  }

  private int indexOf(long personId) {
    for (int i = 0; i < size; i++) {
      if (ids[i] == personId) {
        return i;
      }
    }
    return -1;
  }

  private String matchedOn(int mask) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < order.length; i++) {
      if ((mask & (1 << (order.length - 1 - i))) != 0) {
        out.append(out.length() == 0 ? "" : "+").append(order[i].wireName());
      }
    }
    return out.toString();
  }

  /**
   * A row's chosen person.
   *
   * @param score the Noisy-OR score, rounded to 4 decimals
   * @param matchedOn the types of the row's values that matched the person, tiebreaker order,
   *     joined with "+", e.g. "email+phone"
   */
  record Choice(long personId, double score, String matchedOn) {}
}
