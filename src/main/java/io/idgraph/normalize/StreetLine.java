package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.List;

/** The street line of an address (directionals and suffix standardized), and word predicates. */
final class StreetLine {
  private StreetLine() {}

  /**
   * "NORTH MAIN STREET" gives "N MAIN ST": a leading directional becomes the predirectional, a
   * trailing one the postdirectional, and the street type its USPS abbreviation wherever it is the
   * street's type: last ("PARK AVENUE" is "PARK AVE"); first, when a common type comes before a
   * name that has no type of its own ("AVENUE C" is "AVE C", but "PINE DRVIE" keeps PINE); or alone
   * before a directional ("AVENUE NORTH" is "AVE N"). Other words are the name and stay as typed
   * ("NORTH ST" keeps NORTH, "OLD COURT RD" keeps COURT). Numbered roads are spelled out ({@link
   * HighwayNames}: "HWY 9 N" is "HIGHWAY 9 N").
   */
  static String standardize(List<String> line) {
    List<String> words = new ArrayList<>(HighwayNames.splitHyphens(line));
    String highway = highway(words);
    if (highway != null) {
      return highway;
    }
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
    } else if (words.size() == 1 && StreetSuffixes.abbreviation(last) != null && post != null) {
      words.set(0, StreetSuffixes.abbreviation(last)); // "AVENUE NORTH"
    }
    String first = words.get(0);
    if (words.size() >= 2 && AddressTables.directional(first) != null) {
      pre = AddressTables.directional(first);
      words.remove(0);
    }
    if (suffix == null && words.size() >= 2 && StreetSuffixes.isCommon(words.get(0))) {
      words.set(0, StreetSuffixes.abbreviation(words.get(0))); // "AVENUE C", "AVENUE OF THE ..."
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

  /** "US HWY 421 NORTH" gives "US HIGHWAY 421 N"; null when the line is not a numbered road. */
  private static String highway(List<String> words) {
    int start = words.size() > 2 && AddressTables.directional(words.get(0)) != null ? 1 : 0;
    HighwayNames.Match match = HighwayNames.at(words, start, words.size());
    if (match == null && start == 1) {
      start = 0;
      match = HighwayNames.at(words, 0, words.size());
    }
    if (match == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    if (start == 1) {
      out.append(AddressTables.directional(words.get(0))).append(' ');
    }
    int route = start + match.words();
    out.append(match.type()).append(' ').append(words.get(route));
    for (int i = route + 1; i < words.size(); i++) {
      String w = words.get(i);
      String directional = AddressTables.directional(w);
      String suffix = StreetSuffixes.abbreviation(w);
      boolean last = i == words.size() - 1;
      out.append(' ')
          .append(last && directional != null ? directional : last && suffix != null ? suffix : w);
    }
    return out.toString();
  }

  /** The parts of a standardized street line (the inverse of {@link #standardize}). */
  static StreetParts parts(String street) {
    List<String> words = new ArrayList<>(List.of(street.split(" ")));
    String post = null;
    String suffix = null;
    String pre = null;
    if (words.size() >= 2 && AddressTables.isDirectionalAbbreviation(words.get(words.size() - 1))) {
      post = words.remove(words.size() - 1);
    }
    if (words.size() >= 2 && isStandardSuffix(words.get(words.size() - 1))) {
      suffix = words.remove(words.size() - 1);
    }
    if (words.size() >= 2 && AddressTables.isDirectionalAbbreviation(words.get(0))) {
      pre = words.remove(0);
    }
    return new StreetParts(pre, String.join(" ", words), suffix, post);
  }

  private static boolean isStandardSuffix(String word) {
    return word.equals(StreetSuffixes.abbreviation(word));
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
