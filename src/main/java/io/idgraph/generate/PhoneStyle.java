package io.idgraph.generate;

import java.util.SplittableRandom;

/** US phone numbers with real area codes, written in the formats real files hold. */
final class PhoneStyle {
  private PhoneStyle() {}

  /** Ten digits: a real area code of {@code state}, an exchange 2XX-9XX (no N11, no 555). */
  static String number(SplittableRandom rnd, String state) {
    int area = Draw.pick(rnd, AreaCodes.forState(state));
    int exchange;
    do {
      exchange = 200 + rnd.nextInt(800);
    } while (exchange % 100 == 11 || exchange == 555);
    int line = rnd.nextInt(10_000);
    return area + Integer.toString(exchange) + Draw.padded(line, 4);
  }

  /** {@code digits} (ten) as "(415) 555-0142", "415.555.0142", "+1 415-555-0142", ... */
  static String written(SplittableRandom rnd, String digits) {
    String a = digits.substring(0, 3);
    String e = digits.substring(3, 6);
    String l = digits.substring(6);
    return switch (rnd.nextInt(8)) {
      case 0 -> "(" + a + ") " + e + "-" + l;
      case 1 -> a + "." + e + "." + l;
      case 2 -> "+1 " + a + "-" + e + "-" + l;
      case 3 -> digits;
      case 4 -> a + "-" + e + "-" + l;
      case 5 -> "1-" + a + "-" + e + "-" + l;
      case 6 -> "+1" + digits;
      default -> "+1 (" + a + ") " + e + "-" + l;
    };
  }
}
