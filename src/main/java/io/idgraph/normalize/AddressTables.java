package io.idgraph.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Directionals, secondary unit designators (USPS Publication 28 appendix C2) and US state and
 * territory names. Street suffixes are in {@link StreetSuffixes}.
 */
final class AddressTables {
  /** A secondary unit designator: its standard abbreviation and whether a number must follow. */
  record Designator(String abbreviation, boolean needsRange, boolean ambiguous) {}

  private static final Map<String, String> DIRECTIONALS =
      Map.ofEntries(
          Map.entry("N", "N"), Map.entry("NORTH", "N"),
          Map.entry("S", "S"), Map.entry("SOUTH", "S"),
          Map.entry("E", "E"), Map.entry("EAST", "E"),
          Map.entry("W", "W"), Map.entry("WEST", "W"),
          Map.entry("NE", "NE"), Map.entry("NORTHEAST", "NE"),
          Map.entry("NW", "NW"), Map.entry("NORTHWEST", "NW"),
          Map.entry("SE", "SE"), Map.entry("SOUTHEAST", "SE"),
          Map.entry("SW", "SW"), Map.entry("SOUTHWEST", "SW"));

  private static final Set<String> DIRECTIONAL_ABBREVIATIONS =
      Set.of("N", "S", "E", "W", "NE", "NW", "SE", "SW");

  private static final Map<String, Designator> DESIGNATORS = designators();

  private static final Map<String, String> STATES = states();

  private AddressTables() {}

  /** The abbreviation of a directional word ("NORTH" gives "N"), or null. */
  static String directional(String word) {
    return DIRECTIONALS.get(word);
  }

  /** True for N, S, E, W, NE, NW, SE, SW (already abbreviated). */
  static boolean isDirectionalAbbreviation(String word) {
    return DIRECTIONAL_ABBREVIATIONS.contains(word);
  }

  /** The unit designator a word spells ("SUITE" gives STE), or null. */
  static Designator designator(String word) {
    return DESIGNATORS.get(word);
  }

  /** The two-letter code of a state or territory name or code ("CALIFORNIA" gives CA), or null. */
  static String state(String words) {
    return STATES.get(words);
  }

  private static Map<String, Designator> designators() {
    Map<String, Designator> map = new HashMap<>();
    // unambiguous: a unit wherever they follow a street word. UNIT and # mean APT here: people
    // write "Apt 4", "Unit 4" and "#4" for one door, and one match key should cover them.
    designator(map, "APT", true, false, "APT", "APARTMENT", "UNIT", "#");
    designator(map, "STE", true, false, "STE", "SUITE");
    designator(map, "BLDG", true, false, "BLDG", "BUILDING");
    designator(map, "DEPT", true, false, "DEPT", "DEPARTMENT");
    designator(map, "FL", true, false, "FL", "FLOOR");
    designator(map, "RM", true, false, "RM", "ROOM");
    designator(map, "HNGR", true, false, "HNGR", "HANGAR");
    designator(map, "SPC", true, false, "SPC");
    designator(map, "TRLR", true, false, "TRLR");
    designator(map, "BSMT", false, false, "BSMT", "BASEMENT");
    designator(map, "PH", false, false, "PH", "PENTHOUSE");
    designator(map, "LBBY", false, false, "LBBY");
    designator(map, "OFC", false, false, "OFC");
    designator(map, "FRNT", false, false, "FRNT");
    designator(map, "LOWR", false, false, "LOWR");
    designator(map, "UPPR", false, false, "UPPR");
    // ambiguous: also street words ("Ocean Front Walk", "Pier Ave"); a unit only after a suffix
    designator(map, "SPC", true, true, "SPACE");
    designator(map, "TRLR", true, true, "TRAILER");
    designator(map, "LOT", true, true, "LOT");
    designator(map, "KEY", true, true, "KEY");
    designator(map, "PIER", true, true, "PIER");
    designator(map, "SLIP", true, true, "SLIP");
    designator(map, "STOP", true, true, "STOP");
    designator(map, "FRNT", false, true, "FRONT");
    designator(map, "REAR", false, true, "REAR");
    designator(map, "SIDE", false, true, "SIDE");
    designator(map, "LBBY", false, true, "LOBBY");
    designator(map, "LOWR", false, true, "LOWER");
    designator(map, "UPPR", false, true, "UPPER");
    designator(map, "OFC", false, true, "OFFICE");
    return Map.copyOf(map);
  }

  private static void designator(
      Map<String, Designator> map,
      String abbreviation,
      boolean needsRange,
      boolean ambiguous,
      String... spellings) {
    for (String spelling : spellings) {
      map.put(spelling, new Designator(abbreviation, needsRange, ambiguous));
    }
  }

  private static Map<String, String> states() {
    String[] rows = {
      "AL ALABAMA ALA",
      "AK ALASKA",
      "AZ ARIZONA ARIZ",
      "AR ARKANSAS ARK",
      "CA CALIFORNIA CALIF CAL",
      "CO COLORADO COLO",
      "CT CONNECTICUT CONN",
      "DE DELAWARE",
      "DC DISTRICT_OF_COLUMBIA D_C",
      "FL FLORIDA FLA",
      "GA GEORGIA",
      "HI HAWAII",
      "ID IDAHO",
      "IL ILLINOIS ILL",
      "IN INDIANA IND",
      "IA IOWA",
      "KS KANSAS KANS",
      "KY KENTUCKY",
      "LA LOUISIANA",
      "ME MAINE",
      "MD MARYLAND",
      "MA MASSACHUSETTS MASS",
      "MI MICHIGAN MICH",
      "MN MINNESOTA MINN",
      "MS MISSISSIPPI MISS",
      "MO MISSOURI",
      "MT MONTANA MONT",
      "NE NEBRASKA NEBR",
      "NV NEVADA NEV",
      "NH NEW_HAMPSHIRE",
      "NJ NEW_JERSEY",
      "NM NEW_MEXICO",
      "NY NEW_YORK",
      "NC NORTH_CAROLINA",
      "ND NORTH_DAKOTA",
      "OH OHIO",
      "OK OKLAHOMA OKLA",
      "OR OREGON ORE",
      "PA PENNSYLVANIA PENN PENNA",
      "RI RHODE_ISLAND",
      "SC SOUTH_CAROLINA",
      "SD SOUTH_DAKOTA",
      "TN TENNESSEE TENN",
      "TX TEXAS TEX",
      "UT UTAH",
      "VT VERMONT",
      "VA VIRGINIA",
      "WA WASHINGTON WASH",
      "WV WEST_VIRGINIA",
      "WI WISCONSIN WISC WIS",
      "WY WYOMING WYO",
      "AS AMERICAN_SAMOA",
      "GU GUAM",
      "MP NORTHERN_MARIANA_ISLANDS",
      "PR PUERTO_RICO",
      "VI VIRGIN_ISLANDS US_VIRGIN_ISLANDS U_S_VIRGIN_ISLANDS",
      "FM FEDERATED_STATES_OF_MICRONESIA",
      "MH MARSHALL_ISLANDS",
      "PW PALAU",
      "AA ARMED_FORCES_AMERICAS",
      "AE ARMED_FORCES_EUROPE",
      "AP ARMED_FORCES_PACIFIC",
    };
    Map<String, String> map = new HashMap<>();
    for (String row : rows) {
      String[] names = row.split(" ");
      for (String name : names) {
        map.put(name.replace('_', ' '), names[0]);
      }
    }
    return Map.copyOf(map);
  }

  /** The most words a state name has ("FEDERATED STATES OF MICRONESIA"). */
  static final int MAX_STATE_WORDS = 4;
}
