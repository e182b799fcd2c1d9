package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.List;

/** The street line of an address (directionals and suffix standardized), and word predicates. */
final class StreetLine {
  private StreetLine() {}

  /**
   * "NORTH MAIN STREET" gives "N MAIN ST": a leading directional becomes the predirectional, a
   * trailing one the postdirectional, and the last word, when a suffix, its USPS abbreviation.
   * Only the last suffix is abbreviated ("PARK AVENUE" is "PARK AVE"), and a word left alone is
   * the name ("NORTH ST" keeps NORTH, "AVENUE N" keeps AVENUE).
   */
  static String standardize(List<String> line) {
    List<String> words = new ArrayList<>(line);
    String post = null;
    String suffix = null;
    String pre = null;
    String last = words.get(words.size() - 1);
    if (words.size() >= 2 && AddressTables.directional(last) != null) {
      post = AddressTables.directional(last);
      words.remove(words.size() - 1);
    }
    last = words.get(words.size() - 1);
    if (words.size() >= 2 && StreetSuffixes.abbreviation(last) != null) {
      suffix = StreetSuffixes.abbreviation(last);
      words.remove(words.size() - 1);
    }
    String first = words.get(0);
    if (words.size() >= 2 && AddressTables.directional(first) != null) {
      pre = AddressTables.directional(first);
      words.remove(0);
    }
    StringBuilder out = new StringBuilder();
    if (pre != null) {
      out.append(pre).append(' ');
    }
    out.append(String.join(" ", words));
    if (suffix != null) {
      out.append(' ').append(suffix);
    }
    if (post != null) {
      out.append(' ').append(post);
    }
    return out.toString();
  }

  static boolean isZip5(String w) {
    return w.length() == 5 && isDigits(w, 0, 5);
  }

  static boolean isDigits(String w, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  static boolean looksLikeZip(String w) {
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '-') {
        return false;
      }
    }
    return digits >= 3;
  }

  static boolean isFraction(String w) {
    int slash = w.indexOf('/');
    return slash > 0 && isDigits(w, 0, slash) && isDigits(w, slash + 1, w.length());
  }

  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
