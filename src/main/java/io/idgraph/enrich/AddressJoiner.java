package io.idgraph.enrich;

/**
 * Joins address parts from separate columns into one line, "street, city, state zip": parts are
 * separated by ", ", except that a ZIP code follows the part before it after a space.
 */
final class AddressJoiner {
  private AddressJoiner() {}

  /** The joined address, or null when every part is empty. */
  static String join(String... parts) {
    StringBuilder out = new StringBuilder(64);
    for (String raw : parts) {
      if (raw == null) {
        continue;
      }
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(isZip(part) ? " " : ", ");
      }
      out.append(part);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** 5 digits, or ZIP+4 (12345-6789 or 123456789). */
  static boolean isZip(String s) {
    int n = s.length();
    if (n == 5 || n == 9) {
      return allDigits(s, 0, n);
    }
    return n == 10 && s.charAt(5) == '-' && allDigits(s, 0, 5) && allDigits(s, 6, 10);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
