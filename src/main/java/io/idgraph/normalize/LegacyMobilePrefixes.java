package io.idgraph.normalize;

/**
 * Mobile prefixes that numbering plans have retired but old files still carry. Mexico dropped the
 * "1" after +52, the 044/045 mobile prefixes and the 01 national prefix in 2019-2020 (every number
 * is now +52 and ten digits), and current libphonenumber metadata rejects the old forms; they are
 * rewritten to the current one. Argentina's "15" and "9" mobile forms libphonenumber reads itself.
 */
final class LegacyMobilePrefixes {
  private static final int MX_NATIONAL_DIGITS = 10;

  private LegacyMobilePrefixes() {}

  /** The number in its current form ("+52 55 ..."), or {@code raw} when no old rule applies. */
  static String rewrite(String raw, String region) {
    String digits = digitsOf(raw);
    if (digits == null) {
      return raw;
    }
    boolean international = raw.stripLeading().startsWith("+");
    if (international && digits.length() == 3 + MX_NATIONAL_DIGITS && digits.startsWith("521")) {
      return "+52" + digits.substring(3); // +52 1 55 1234 5678
    }
    boolean mexicanMobile = digits.startsWith("044") || digits.startsWith("045");
    if (!international
        && "MX".equals(region)
        && mexicanMobile
        && digits.length() == 3 + MX_NATIONAL_DIGITS) {
      return "+52" + digits.substring(3); // 044 55 1234 5678, dialled within Mexico
    }
    if (!international
        && "MX".equals(region)
        && digits.startsWith("01")
        && digits.length() == 2 + MX_NATIONAL_DIGITS) {
      return "+52" + digits.substring(2); // 01 55 1234 5678, the old national prefix
    }
    return raw;
  }

  /** The digits of a value made of digits and phone punctuation only; null for anything else. */
  private static String digitsOf(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (" +-.()/".indexOf(c) < 0) {
        return null;
      }
    }
    return digits.toString();
  }
}
