package io.idgraph.normalize;

/**
 * Addresses that are a box at a post office rather than a house on a street (USPS Publication 28
 * sections 24, 25 and 28): PO boxes, rural route boxes ("RR 2 BOX 152") and highway contract route
 * boxes ("HC 68 BOX 23A"). The box line stands where a house number and street would.
 */
final class BoxLine {
  private BoxLine() {}

  /**
   * A box line read from the first words of an address.
   *
   * @param street the standardized line ("PO BOX 123", "RR 2 BOX 152")
   * @param next the index of the first word after it
   */
  record Box(String street, int next) {}

  /** The box line at the start of words [0, end), or null when the address does not start so. */
  static Box at(AddressTokens t, int end) {
    Box box = poBox(t, end);
    return box != null ? box : ruralRoute(t, end);
  }

  /** A PO box ("PO Box 123", "P.O. Box 123", "Post Office Box 123", "Box 123"), or null. */
  private static Box poBox(AddressTokens t, int end) {
    int i = 0;
    String w0 = t.word(0);
    if (w0.equals("POBOX")) {
      i = 1;
    } else if (matches(t, end, 0, "PO", "BOX") || matches(t, end, 0, "BOX")) {
      i = w0.equals("PO") ? 2 : 1;
    } else if (matches(t, end, 0, "P", "O", "BOX") || matches(t, end, 0, "POST", "OFFICE", "BOX")) {
      i = 3;
    } else {
      return null;
    }
    if (i >= end
        || t.commaBefore(i)
        || !(StreetLine.hasDigit(t.word(i)) || t.word(i).length() == 1)) {
      return null;
    }
    return new Box("PO BOX " + t.word(i), i + 1);
  }

  /**
   * A rural route or highway contract route box (Publication 28 sections 24 and 25: "RR 2 BOX 152",
   * "Rural Route 2 Box 152", "RFD 2 Box 152", "HC 68 Box 23A", "Star Route 68 Box 23A"), or null.
   * The box is required: a route alone is hundreds of homes.
   */
  private static Box ruralRoute(AddressTokens t, int end) {
    int i;
    String kind;
    if (matches(t, end, 0, "RURAL", "ROUTE")
        || matches(t, end, 0, "RURAL", "RTE")
        || matches(t, end, 0, "RURAL", "RT")
        || matches(t, end, 0, "R", "R")) {
      i = 2;
      kind = "RR";
    } else if (matches(t, end, 0, "RR")
        || matches(t, end, 0, "RFD")
        || matches(t, end, 0, "ROUTE")
        || matches(t, end, 0, "RTE")
        || matches(t, end, 0, "RT")) {
      i = 1;
      kind = "RR";
    } else if (matches(t, end, 0, "HC") || matches(t, end, 0, "HCR")) {
      i = 1;
      kind = "HC";
    } else if (matches(t, end, 0, "STAR", "ROUTE") || matches(t, end, 0, "STAR", "RTE")) {
      i = 2;
      kind = "HC";
    } else if (matches(t, end, 0, "HIGHWAY", "CONTRACT") || matches(t, end, 0, "HWY", "CONTRACT")) {
      i = matches(t, end, 2, "ROUTE") ? 3 : 2;
      kind = "HC";
    } else {
      return null;
    }
    if (i + 2 >= end || !StreetLine.isDigits(t.word(i), 0, t.word(i).length())) {
      return null;
    }
    String route = withoutLeadingZeros(t.word(i));
    int box = i + 1;
    if (!(t.word(box).equals("BOX") || t.word(box).equals("BX"))) {
      return null;
    }
    String value = t.word(box + 1);
    if (!(StreetLine.hasDigit(value) || value.length() == 1)) {
      return null;
    }
    return new Box(kind + " " + route + " BOX " + withoutLeadingZeros(value), box + 2);
  }

  private static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static boolean matches(AddressTokens t, int end, int from, String... words) {
    if (from + words.length > end) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!t.word(from + i).equals(words[i])) {
        return false;
      }
    }
    return true;
  }
}
