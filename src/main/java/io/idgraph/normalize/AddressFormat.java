package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Match key, display form and block keys of a {@link StandardAddress}. */
final class AddressFormat {
  /** Street words shown in capitals: PO box, rural route, highway contract, US and FM roads. */
  private static final Set<String> UPPER_CASE_WORDS = Set.of("PO", "RR", "HC", "US", "FM");

  private AddressFormat() {}

  /**
   * "{number} {street}[ {unit}] {zip5}" when the ZIP is known, else "{number} {street}[ {unit}]
   * {city} {state}". A PO box has no number: "PO BOX 123 62701".
   */
  static String matchKey(StandardAddress a) {
    StringBuilder key = line(a);
    if (a.zip5() != null) {
      key.append(' ').append(a.zip5());
    } else {
      appendIfPresent(key, a.city());
      appendIfPresent(key, a.state());
    }
    return key.toString();
  }

  /** "123 N Main St Apt 4B, San Francisco, CA 94105": USPS parts in mixed case, no ZIP+4. */
  static String display(StandardAddress a) {
    StringBuilder out = new StringBuilder();
    if (a.number() != null) {
      out.append(a.number()).append(' ');
    }
    out.append(streetCase(a.street()));
    if (a.unit() != null) {
      // "100 Main St Rear" reads well, but "100 Broadway, Rear" needs its comma to stay a unit
      out.append(startsAmbiguous(a.unit()) ? ", " : " ").append(unitCase(a.unit()));
    }
    if (a.city() != null) {
      out.append(", ").append(titleCase(a.city()));
    }
    String stateZip =
        a.state() == null ? a.zip5() : a.zip5() == null ? a.state() : a.state() + " " + a.zip5();
    if (stateZip != null) {
      out.append(", ").append(stateZip);
    }
    return out.toString();
  }

  /**
   * "Z|{zip5}|{number}" when the ZIP is known and "C|{state}|{city}|{number}" when city and state
   * are; a PO box uses its street ("PO BOX 123") for the number.
   */
  static List<String> blockKeys(StandardAddress a) {
    String number = a.number() != null ? a.number() : a.street();
    List<String> keys = new ArrayList<>(2);
    if (a.zip5() != null) {
      keys.add("Z|" + a.zip5() + "|" + number);
    }
    if (a.city() != null && a.state() != null) {
      keys.add("C|" + a.state() + "|" + a.city() + "|" + number);
    }
    return List.copyOf(keys);
  }

  private static StringBuilder line(StandardAddress a) {
    StringBuilder line = new StringBuilder();
    if (a.number() != null) {
      line.append(a.number()).append(' ');
    }
    line.append(a.street());
    appendIfPresent(line, a.unit());
    return line;
  }

  private static void appendIfPresent(StringBuilder out, String part) {
    if (part != null) {
      out.append(' ').append(part);
    }
  }

  /** Directionals and "PO" stay upper case, ordinals lower ("42nd"), other words title case. */
  private static String streetCase(String street) {
    StringBuilder out = new StringBuilder(street.length());
    for (String word : street.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (AddressTables.isDirectionalAbbreviation(word) || UPPER_CASE_WORDS.contains(word)) {
        out.append(word);
      } else if (isOrdinal(word)) {
        out.append(word.toLowerCase(Locale.ROOT));
      } else {
        out.append(titleWord(word));
      }
    }
    return out.toString();
  }

  /** Designators title case ("Apt", "Ste"), their numbers as they are ("4B"). */
  private static String unitCase(String unit) {
    StringBuilder out = new StringBuilder(unit.length());
    for (String word : unit.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(AddressTables.designator(word) != null ? titleWord(word) : word);
    }
    return out.toString();
  }

  private static boolean startsAmbiguous(String unit) {
    int space = unit.indexOf(' ');
    AddressTables.Designator d =
        AddressTables.designator(space < 0 ? unit : unit.substring(0, space));
    return d != null && d.ambiguous();
  }

  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder(words.length());
    for (String word : words.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(titleWord(word));
    }
    return out.toString();
  }

  /** "WILKES-BARRE" gives "Wilkes-Barre"; words that start with a digit are left as they are. */
  private static String titleWord(String word) {
    if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
      return word;
    }
    char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
    boolean start = true;
    for (int i = 0; i < chars.length; i++) {
      if (start && Character.isLetter(chars[i])) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
      start = chars[i] == '-' || chars[i] == '/';
    }
    return new String(chars);
  }

  private static boolean isOrdinal(String word) {
    int i = 0;
    while (i < word.length() && Character.isDigit(word.charAt(i))) {
      i++;
    }
    if (i == 0 || word.length() - i != 2) {
      return false;
    }
    String tail = word.substring(i);
    return tail.equals("ST") || tail.equals("ND") || tail.equals("RD") || tail.equals("TH");
  }
}
