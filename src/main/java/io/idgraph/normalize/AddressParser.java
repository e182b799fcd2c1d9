package io.idgraph.normalize;

import io.idgraph.graph.IdType;
import io.idgraph.normalize.AddressTables.Designator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses one US address line into a {@link StandardAddress}. Reads from the right for what has a
 * fixed shape (country, ZIP, state), from the left for the house number, and splits what is between
 * into street, unit and city: by commas when the writer used them, else at the unit designator or
 * the first common street suffix. One instance per address; not thread-safe.
 */
final class AddressParser {
  private static final String[][] COUNTRIES = {
    {"UNITED", "STATES", "OF", "AMERICA"}, {"UNITED", "STATES"}, {"USA"}, {"US"}
  };
  private static final Map<String, String> CITY_ABBREVIATIONS =
      Map.of("ST", "SAINT", "STE", "SAINTE", "FT", "FORT", "MT", "MOUNT", "PT", "POINT");

  /** The most words a city name is looked up with ("SALT LAKE CITY", "RANCHO SANTA MARGARITA"). */
  private static final int MAX_CITY_WORDS = 4;

  private final AddressTokens t;
  private int end;
  private String number;
  private String street;
  private final StringBuilder unit = new StringBuilder();
  private String city;
  private String state;
  private String zip5;
  private String zip4;

  private AddressParser(AddressTokens tokens) {
    this.t = tokens;
    this.end = tokens.size();
  }

  /** The parsed address, or the reason it could not be parsed. */
  static NormalizeResult parse(String raw) {
    AddressParser parser = new AddressParser(AddressTokens.of(raw));
    NormalizeFailure failure = parser.run();
    if (failure != null) {
      return NormalizeResult.failed(failure);
    }
    StandardAddress address = parser.address();
    return NormalizeResult.ok(
        new NormalizedIdentifier(
            IdType.ADDRESS, address.matchKey(), address.display(), List.of(), address));
  }

  private StandardAddress address() {
    return new StandardAddress(
        number, street, unit.length() == 0 ? null : unit.toString(), city, state, zip5, zip4);
  }

  private NormalizeFailure run() {
    if (end == 0) {
      return NormalizeFailure.EMPTY;
    }
    dropCountry();
    NormalizeFailure zip = takeZip();
    if (zip != null) {
      return zip;
    }
    takeState();
    BoxLine.Box box = BoxLine.at(t, end);
    int start = -1;
    if (box != null) {
      street = box.street();
      start = box.next();
    }
    if (start < 0) {
      start = takeNumber();
      if (start < 0) {
        return NormalizeFailure.MISSING_HOUSE_NUMBER;
      }
      splitMiddle(start);
    } else {
      List<int[]> segments = segments(start);
      if (!segments.isEmpty()) {
        int[] last = segments.get(segments.size() - 1);
        city = cityOf(last[0], last[1]);
      }
    }
    if (street == null) {
      return NormalizeFailure.MISSING_STREET;
    }
    if (zip5 == null && (city == null || state == null)) {
      return NormalizeFailure.MISSING_CITY_OR_ZIP;
    }
    return null;
  }

  private void dropCountry() {
    for (String[] country : COUNTRIES) {
      int from = end - country.length;
      if (from >= 2 && t.words.subList(from, end).equals(List.of(country))) {
        end = from;
        return;
      }
    }
  }

  private NormalizeFailure takeZip() {
    if (end < 2 || designatorAt(end - 2)) {
      return null;
    }
    String w = t.word(end - 1);
    if (StreetLine.isDigits(w, 0, w.length()) && w.length() == 5) {
      zip5 = w;
      end--;
    } else if (w.length() == 10
        && w.charAt(5) == '-'
        && StreetLine.isDigits(w, 0, 5)
        && StreetLine.isDigits(w, 6, 10)) {
      zip5 = w.substring(0, 5);
      zip4 = w.substring(6);
      end--;
    } else if (w.length() == 9 && StreetLine.isDigits(w, 0, 9)) {
      zip5 = w.substring(0, 5);
      zip4 = w.substring(5);
      end--;
    } else if (w.length() == 4
        && StreetLine.isDigits(w, 0, 4)
        && end >= 4
        && StreetLine.isZip5(t.word(end - 2))
        && !designatorAt(end - 3)) {
      zip5 = t.word(end - 2);
      zip4 = w;
      end -= 2;
    } else if (StreetLine.looksLikeZip(w)
        && (t.commaBefore(end - 1) || stateWordsEndingAt(end - 1) > 0)) {
      return NormalizeFailure.INVALID_ZIP;
    }
    return null;
  }

  private void takeState() {
    int words = stateWordsEndingAt(end);
    if (words == 0) {
      return;
    }
    int from = end - words;
    String w = t.word(from);
    boolean streetWord =
        StreetSuffixes.abbreviation(w) != null
            || AddressTables.directional(w) != null
            || AddressTables.designator(w) != null;
    if (words == 1 && streetWord && !t.commaBefore(from) && !streetEndsBefore(from)) {
      return; // "123 Main Ct 06103": CT is the street's suffix, not Connecticut
    }
    state = AddressTables.state(join(from, end));
    end = from;
  }

  /** How many words ending before {@code to} name a state (longest first), leaving 2 words. */
  private int stateWordsEndingAt(int to) {
    for (int words = Math.min(AddressTables.MAX_STATE_WORDS, to - 2); words >= 1; words--) {
      if (AddressTables.state(join(to - words, to)) != null) {
        return words;
      }
    }
    return 0;
  }

  /**
   * True when a common suffix or a unit designator appears between the street's first word and i.
   */
  private boolean streetEndsBefore(int i) {
    for (int j = 2; j < i; j++) {
      Designator d = AddressTables.designator(t.word(j));
      if (StreetSuffixes.isCommon(t.word(j)) || (d != null && !d.ambiguous())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sets the house number and returns where the street starts; -1 without a number. A unit written
   * first ("Apt 4, 123 Main St") is taken too.
   */
  private int takeNumber() {
    int i = 0;
    if (AddressTables.designator(t.word(0)) != null) {
      i = takeUnit(0, end);
    }
    if (i >= end || !Character.isDigit(t.word(i).charAt(0))) {
      return -1;
    }
    number = t.word(i);
    int dash = number.indexOf('-');
    if (dash > 0 && StreetLine.isFraction(number.substring(dash + 1))) {
      number = number.substring(0, dash) + " " + number.substring(dash + 1); // "123-1/2"
    } else if (i + 2 < end && StreetLine.isFraction(t.word(i + 1))) {
      number = number + " " + t.word(i + 1);
      return i + 2;
    }
    return i + 1;
  }

  private void splitMiddle(int start) {
    List<int[]> segments = segments(start);
    if (segments.isEmpty() || (segments.size() == 1 && t.commaBefore(start))) {
      return; // "123, Springfield, IL": what follows the number's comma is the city, no street
    }
    if (segments.size() == 1) {
      splitWithoutCommas(segments.get(0)[0], segments.get(0)[1]);
      return;
    }
    int[] first = segments.get(0);
    int u = findUnit(first[0], first[1]);
    street = streetOf(first[0], u >= 0 ? u : first[1]);
    if (u >= 0) {
      takeUnit(u, first[1]);
    }
    for (int s = 1; s < segments.size(); s++) {
      int from = segments.get(s)[0];
      int to = segments.get(s)[1];
      boolean last = s == segments.size() - 1;
      if (unitAt(from, to) != null) {
        int after = takeUnit(from, to);
        if (last) {
          city = cityOf(after, to);
        }
      } else if (last) {
        city = cityOf(from, to);
      } // a middle segment that is neither unit nor city (a company, "attn") is dropped
    }
  }

  /**
   * "123 Main St Apt 4 San Francisco": the street ends at the unit, after a numbered road's route
   * ("Hwy 9", "County Road 12 E"), after the first common suffix, or after the name of a street
   * whose type comes first ("Avenue C"); the rest is the city.
   */
  private void splitWithoutCommas(int from, int to) {
    int u = findUnit(from, to);
    if (u >= 0) {
      street = streetOf(from, u);
      int after = takeUnit(u, to);
      city = cityOf(after, to);
      return;
    }
    int streetEnd = streetEndWithoutCommas(from, to);
    street = streetOf(from, streetEnd);
    city = cityOf(streetEnd, to);
  }

  private int streetEndWithoutCommas(int from, int to) {
    int type = from + (AddressTables.directional(t.word(from)) != null && from + 2 < to ? 1 : 0);
    for (int i = from; i < to; i++) {
      HighwayNames.Match highway = i <= type ? HighwayNames.at(t.words, i, to) : null;
      if (highway != null) {
        int routeEnd = i + highway.words() + 1;
        if (routeEnd < to && StreetSuffixes.isCommon(t.word(routeEnd))) {
          routeEnd++; // "FM 1960 Rd W"
        }
        return withPostDirectional(routeEnd, to);
      }
      if (i > from && StreetSuffixes.isCommon(t.word(i))) {
        if (CITY_ABBREVIATIONS.containsKey(t.word(i)) && isKnownCity(i, to)) {
          return i; // "2 Broadway St Louis MO": St Louis is the city
        }
        int streetEnd = i + 1;
        // "Old Court Rd": run on to a following suffix, but not into "St Louis"
        if (streetEnd < to
            && StreetSuffixes.isCommon(t.word(streetEnd))
            && !(t.word(streetEnd).equals("ST") && streetEnd + 1 < to)) {
          streetEnd++;
        }
        return withPostDirectional(streetEnd, to);
      }
    }
    if (type + 1 < to
        && StreetSuffixes.isCommon(t.word(type))
        && HighwayNames.isRoute(t.word(type + 1))
        && (type + 2 == to || AddressTables.designator(t.word(type + 2)) == null)) {
      return withPostDirectional(type + 2, to); // "Avenue C New York"
    }
    return knownCityStart(from, to);
  }

  /**
   * Where a city name starts at the end of [from, to), else {@code to}: the ZIP's own city, or the
   * longest known city of the state. "123 Broadway New York NY 10001" has no street type to end the
   * street at, but 10001 is New York, and New York is a city of NY.
   */
  private int knownCityStart(int from, int to) {
    String zipCity = zip5 == null ? null : KnownCities.ofZip(zip5);
    if (zipCity != null) {
      List<String> cityWords = List.of(zipCity.split(" "));
      int start = to - cityWords.size();
      if (start > from && t.words.subList(start, to).equals(cityWords)) {
        return start;
      }
    }
    for (int words = Math.min(MAX_CITY_WORDS, to - from - 1); words >= 1; words--) {
      if (isKnownCity(to - words, to)) {
        return to - words;
      }
    }
    return to;
  }

  /** True when words [from, to) name a known city of the address's state. */
  private boolean isKnownCity(int from, int to) {
    String cityState = state != null ? state : zip5 == null ? null : KnownCities.stateOfZip(zip5);
    return cityState != null
        && to - from <= MAX_CITY_WORDS
        && KnownCities.contains(cityState, cityOf(from, to));
  }

  private int withPostDirectional(int streetEnd, int to) {
    return streetEnd < to && takesPostDirectional(t.word(streetEnd), streetEnd + 1 == to)
        ? streetEnd + 1
        : streetEnd;
  }

  /** "N", "NE" always; "NORTH" only when it ends the line ("123 Main St North Bend" is a city). */
  private static boolean takesPostDirectional(String word, boolean endsLine) {
    return AddressTables.isDirectionalAbbreviation(word)
        || (endsLine && AddressTables.directional(word) != null);
  }

  /**
   * The first unit designator after the street's first word; ambiguous ones only after a suffix.
   */
  private int findUnit(int from, int to) {
    boolean suffixSeen = false;
    for (int i = from + 1; i < to; i++) {
      Designator d = unitAt(i, to);
      if (d != null && (!d.ambiguous() || suffixSeen)) {
        return i;
      }
      suffixSeen |= StreetSuffixes.abbreviation(t.word(i)) != null;
    }
    return -1;
  }

  /**
   * The designator word i spells, unless it is a spelled-out designator right before a street type:
   * "Old Building Rd" and "Front St" are streets, "Bldg 2" a unit.
   */
  private Designator unitAt(int i, int to) {
    String w = t.word(i);
    Designator d = AddressTables.designator(w);
    boolean spelledOut = d != null && !w.equals(d.abbreviation()) && !w.equals("#");
    return spelledOut && i + 1 < to && StreetSuffixes.isCommon(t.word(i + 1)) ? null : d;
  }

  /** Appends designators and their numbers from i ("APT 4B", "BLDG 2 APT 4"); returns the end. */
  private int takeUnit(int i, int to) {
    int j = i;
    while (j < to) {
      Designator d = AddressTables.designator(t.word(j));
      if (d == null) {
        break;
      }
      j++;
      while (j < to && t.word(j).equals("#")) {
        j++;
      }
      String value = null;
      if (j < to
          && AddressTables.designator(t.word(j)) == null
          && (d.needsRange() || StreetLine.hasDigit(t.word(j)))) {
        value = t.word(j);
        j++;
      }
      if (unit.length() > 0) {
        unit.append(' ');
      }
      unit.append(d.abbreviation());
      if (value != null) {
        unit.append(' ').append(value);
      }
    }
    return j;
  }

  /** The standardized street of words [from, to); null when empty. */
  private String streetOf(int from, int to) {
    return from >= to ? null : StreetLine.standardize(t.words.subList(from, to));
  }

  private String cityOf(int from, int to) {
    if (from >= to) {
      return null;
    }
    String first = CITY_ABBREVIATIONS.getOrDefault(t.word(from), t.word(from));
    return from + 1 == to ? first : first + " " + join(from + 1, to);
  }

  /** Comma-separated runs of words in [start, end), as {from, to} pairs. */
  private List<int[]> segments(int start) {
    List<int[]> segments = new ArrayList<>();
    int from = start;
    for (int i = start + 1; i <= end; i++) {
      if (i == end || t.commaBefore(i)) {
        if (from < i) {
          segments.add(new int[] {from, i});
        }
        from = i;
      }
    }
    return segments;
  }

  /** True when word i is a unit designator ("APT 12345" is a unit, "FL 33101" a state and ZIP). */
  private boolean designatorAt(int i) {
    return i >= 0
        && AddressTables.designator(t.word(i)) != null
        && AddressTables.state(t.word(i)) == null;
  }

  private String join(int from, int to) {
    return String.join(" ", t.words.subList(from, to));
  }
}
