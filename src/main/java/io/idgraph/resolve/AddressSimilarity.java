package io.idgraph.resolve;

import io.idgraph.normalize.StandardAddress;
import java.util.Objects;

/**
 * How much a known address looks like a submitted one that did not match exactly, as a factor in
 * (0, 1] applied to the link's quality; 0 when they are different addresses. Both share a house
 * number (they come from the same block).
 */
final class AddressSimilarity {
  static final double MISSING_UNIT = 0.85;
  static final double STREET_TYPO_1 = 0.9;
  static final double STREET_TYPO_2 = 0.8;
  static final double SUFFIX_TYPO = 0.85;
  static final double MISSING_ZIP = 0.9;
  static final double OTHER_ZIP = 0.8;

  private AddressSimilarity() {}

  static double factor(StandardAddress input, StandardAddress known) {
    if (!Objects.equals(input.number(), known.number())) {
      return 0;
    }
    return street(input.street(), known.street())
        * unit(input.unit(), known.unit())
        * zip(input.zip5(), known.zip5());
  }

  private static double street(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int d = Levenshtein.distance(a, b, 2);
    if (d == 1 && a.length() >= 4) {
      return STREET_TYPO_1;
    }
    if (d == 2 && a.length() >= 8) {
      return STREET_TYPO_2;
    }
    return suffixTypo(a, b) ? SUFFIX_TYPO : 0;
  }

  /**
   * Same street name with a misspelled suffix ("OAK AVNEUE" for "OAK AVE"): all but the last word
   * equal, and the last words start alike. "OAK ST" and "OAK AVE" are different streets.
   */
  private static boolean suffixTypo(String a, String b) {
    int ia = a.lastIndexOf(' ');
    int ib = b.lastIndexOf(' ');
    return ia > 0
        && ia == ib
        && a.regionMatches(0, b, 0, ia)
        && a.length() > ia + 1
        && b.length() > ib + 1
        && a.charAt(ia + 1) == b.charAt(ib + 1);
  }

  private static double unit(String a, String b) {
    if (Objects.equals(a, b)) {
      return 1;
    }
    return a == null || b == null ? MISSING_UNIT : 0;
  }

  private static double zip(String a, String b) {
    if (Objects.equals(a, b)) {
      return 1;
    }
    return a == null ? MISSING_ZIP : OTHER_ZIP;
  }
}
