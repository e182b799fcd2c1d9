package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbered roads, USPS Publication 28 section 237: "Hwy 9", "Co Rd 12", "SR-7", "I-95" and "US Rte
 * 1" are the road type spelled out in full, then the route ("HIGHWAY 9", "COUNTY ROAD 12", "STATE
 * ROUTE 7", "INTERSTATE 95", "US HIGHWAY 1"). The road type is part of the name here, not a suffix,
 * so it is never abbreviated, and the route is part of the street, not the city.
 */
final class HighwayNames {
  /** Words that can start a highway name, each with the spelled-out type they stand for. */
  private static final Map<String, String> HIGHWAY_WORDS =
      Map.of(
          "HIGHWAY", "HIGHWAY", "HWY", "HIGHWAY", "HIWAY", "HIGHWAY", "HIWY", "HIGHWAY", "HWAY",
          "HIGHWAY", "HIGHWY", "HIGHWAY");

  private static final Map<String, String> ROUTE_WORDS =
      Map.of("ROUTE", "ROUTE", "RTE", "ROUTE", "RT", "ROUTE");
  private static final Map<String, String> ROAD_WORDS = Map.of("ROAD", "ROAD", "RD", "ROAD");
  private static final List<String> COUNTY_WORDS = List.of("COUNTY", "CNTY", "CO", "CTY");
  private static final List<String> STATE_WORDS = List.of("STATE", "ST");

  /** Abbreviations that name a whole road type on their own. */
  private static final Map<String, String> SHORT_FORMS =
      Map.of(
          "CR", "COUNTY ROAD",
          "SR", "STATE ROUTE",
          "SH", "STATE HIGHWAY",
          "FM", "FM",
          "I", "INTERSTATE",
          "IH", "INTERSTATE",
          "INTERSTATE", "INTERSTATE",
          "US", "US HIGHWAY",
          "USHWY", "US HIGHWAY");

  private HighwayNames() {}

  /** A highway type found at a position: how many words it spans and its spelled-out form. */
  record Match(int words, String type) {}

  /**
   * The highway type starting at word {@code i} when a route follows it ("HWY 9", "COUNTY RD 12",
   * "US HWY 421"), or null. Hyphenated forms ("SR-7") must be split first, see {@link
   * #splitHyphens}.
   */
  static Match at(List<String> words, int i, int to) {
    Match m = type(words, i, to);
    return m != null && i + m.words < to && isRoute(words.get(i + m.words)) ? m : null;
  }

  private static Match type(List<String> words, int i, int to) {
    String w = words.get(i);
    String next = i + 1 < to ? words.get(i + 1) : "";
    String third = i + 2 < to ? words.get(i + 2) : "";
    if (w.equals("US") || w.equals("U")) {
      int skip = w.equals("U") && next.equals("S") ? 2 : 1;
      String after = i + skip < to ? words.get(i + skip) : "";
      if (HIGHWAY_WORDS.containsKey(after) || ROUTE_WORDS.containsKey(after)) {
        return new Match(skip + 1, "US HIGHWAY");
      }
      return skip == 1 ? new Match(1, "US HIGHWAY") : null;
    }
    if (w.equals("UNITED") && next.equals("STATES") && HIGHWAY_WORDS.containsKey(third)) {
      return new Match(3, "US HIGHWAY");
    }
    if (w.equals("FARM") && next.equals("TO") && third.equals("MARKET")) {
      String after = i + 3 < to ? words.get(i + 3) : "";
      return new Match(ROAD_WORDS.containsKey(after) ? 4 : 3, "FM");
    }
    if (w.equals("RANCH") && ROAD_WORDS.containsKey(next)) {
      return new Match(2, "RANCH ROAD");
    }
    if (COUNTY_WORDS.contains(w) || STATE_WORDS.contains(w)) {
      String owner = COUNTY_WORDS.contains(w) ? "COUNTY " : "STATE ";
      String kind =
          HIGHWAY_WORDS.containsKey(next)
              ? "HIGHWAY"
              : ROUTE_WORDS.containsKey(next) ? "ROUTE" : ROAD_WORDS.get(next);
      return kind == null ? null : new Match(2, owner + kind);
    }
    if (HIGHWAY_WORDS.containsKey(w)) {
      return new Match(1, "HIGHWAY");
    }
    if (ROUTE_WORDS.containsKey(w)) {
      return new Match(1, "ROUTE");
    }
    String shortForm = SHORT_FORMS.get(w);
    return shortForm == null ? null : new Match(1, shortForm);
  }

  /**
   * A route: digits with an optional letter ("9", "44A", "421"), or one or two letters that are no
   * street word ("K", "CC"; not "CT", "N" or "FL").
   */
  static boolean isRoute(String w) {
    if (Character.isDigit(w.charAt(0))) {
      int digits = 0;
      while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
        digits++;
      }
      return w.length() - digits <= 1;
    }
    return w.length() <= 2
        && w.chars().allMatch(Character::isLetter)
        && StreetSuffixes.abbreviation(w) == null
        && AddressTables.directional(w) == null
        && AddressTables.designator(w) == null;
  }

  /** "SR-7", "I-95", "US-1", "CR-12A" become two words ("SR", "7"); other words are kept. */
  static List<String> splitHyphens(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int dash = w.indexOf('-');
      boolean split =
          dash > 0
              && dash < w.length() - 1
              && w.indexOf('-', dash + 1) < 0
              && type(List.of(w.substring(0, dash)), 0, 1) != null
              && isRoute(w.substring(dash + 1));
      if (split && out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      if (split) {
        out.add(w.substring(0, dash));
        out.add(w.substring(dash + 1));
      } else if (out != null) {
        out.add(w);
      }
    }
    return out == null ? words : out;
  }
}
