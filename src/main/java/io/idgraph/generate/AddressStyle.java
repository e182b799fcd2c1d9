package io.idgraph.generate;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one postal address the way real files do: title case or upper case, full or abbreviated
 * suffixes and directionals, "Apt 4" or "#4", ZIP or ZIP+4, state code or name.
 */
final class AddressStyle {
  private static final String[][] SUFFIXES = {
    {"Street", "St"}, {"Avenue", "Ave"}, {"Road", "Rd"}, {"Drive", "Dr"}, {"Lane", "Ln"},
    {"Court", "Ct"}, {"Boulevard", "Blvd"}, {"Place", "Pl"}, {"Way", "Way"}, {"Circle", "Cir"},
    {"Terrace", "Ter"}, {"Parkway", "Pkwy"}, {"Trail", "Trl"}
  };
  static final int SUFFIX_COUNT = SUFFIXES.length;
  private static final String[][] UNITS = {{"Apartment", "Apt"}, {"Unit", "Unit"}, {"#", "#"}};
  static final int UNIT_KINDS = UNITS.length;
  private static final Map<String, String> DIRECTIONAL_WORDS =
      Map.of("N", "North", "S", "South", "E", "East", "W", "West");
  private static final Map<String, String> STATE_NAMES = StateNames.BY_CODE;

  private AddressStyle() {}

  /** One address of household {@code h} in a randomly chosen real-world style. */
  static String format(SplittableRandom rnd, Household h) {
    return format(rnd, h, h.city, h.state, h.zip, h.zip4);
  }

  /** The street line alone (number, street, unit) of household {@code h}, in a random style. */
  static String streetLine(SplittableRandom rnd, Household h) {
    String cut = "\u0001";
    String line = format(rnd, h, cut, "", "", "");
    return line.substring(0, line.indexOf(cut)).replaceAll("[ ,]+$", "");
  }

  private static String format(
      SplittableRandom rnd, Household h, String city, String state, String zip, String zip4) {
    return format(
        rnd,
        h.houseNumber,
        h.predirectional,
        h.streetName,
        h.suffix,
        h.unitKind,
        h.unit,
        city,
        state,
        zip,
        zip4);
  }

  static String format(
      SplittableRandom rnd,
      int number,
      String predirectional,
      String street,
      int suffix,
      int unitKind,
      String unit,
      String city,
      String state,
      String zip,
      String zip4) {
    int style = rnd.nextInt(5);
    boolean full = style == 0 || (style == 3 && rnd.nextBoolean());
    StringBuilder b = new StringBuilder(64);
    b.append(number).append(' ');
    if (predirectional != null) {
      b.append(full ? DIRECTIONAL_WORDS.get(predirectional) : predirectional)
          .append(style == 3 ? ". " : " ");
    }
    b.append(street).append(' ').append(SUFFIXES[suffix][full ? 0 : 1]);
    if (style == 3 && !full) {
      b.append('.');
    }
    if (unit != null) {
      String designator = UNITS[unitKind][full ? 0 : 1];
      b.append(style == 3 ? ", " : " ").append(designator);
      if (!designator.equals("#")) {
        b.append(' ');
      }
      b.append(unit);
    }
    b.append(", ").append(city);
    String stateText = style == 3 ? STATE_NAMES.getOrDefault(state, state) : state;
    b.append(style == 4 ? " " : ", ").append(stateText).append(' ').append(zip);
    if (style == 2) {
      b.append('-').append(zip4);
    }
    String text = b.toString();
    return style == 1 ? text.toUpperCase(Locale.ROOT) : text;
  }
}
