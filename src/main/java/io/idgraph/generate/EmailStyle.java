package io.idgraph.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Email addresses as people type them: name-based local parts, common providers, and the Gmail
 * variants that normalization must fold (dots moved, +tags, googlemail.com, mixed case).
 */
final class EmailStyle {
  private static final String[] PROVIDERS = {
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "aol.com",
    "comcast.net",
    "att.net",
    "me.com",
    "live.com",
    "msn.com",
    "protonmail.com",
    "sbcglobal.net",
    "verizon.net"
  };
  private static final double[] PROVIDER_WEIGHTS = {42, 14, 7, 8, 7, 4, 3, 2, 2, 2, 2, 2, 2, 1};
  private static final String[] TAGS = {
    "shopping", "news", "spam", "promo", "work", "deals", "2024", "list"
  };
  private static final int GMAIL = 0;

  private EmailStyle() {}

  /** A personal provider domain, different from {@code avoid} (may be null). */
  static String provider(SplittableRandom rnd, String avoid) {
    String domain;
    do {
      domain = PROVIDERS[Draw.weighted(rnd, PROVIDER_WEIGHTS)];
    } while (domain.equals(avoid));
    return domain;
  }

  /** A name-based local part ("jane.smith", "jsmith84", "smithjane"). */
  static String localPart(SplittableRandom rnd, String first, String last, int birthYear) {
    String f = clean(first);
    String l = clean(last);
    String local =
        switch (rnd.nextInt(9)) {
          case 0 -> f + "." + l;
          case 1 -> f + l;
          case 2 -> f.charAt(0) + l;
          case 3 -> f + "_" + l;
          case 4 -> f + "." + l + Draw.padded(birthYear % 100, 2);
          case 5 -> f + l + (1 + rnd.nextInt(999));
          case 6 -> l + f;
          case 7 -> f + birthYear;
          default -> f.charAt(0) + "." + l + (1 + rnd.nextInt(99));
        };
    if (Character.isLetter(local.charAt(local.length() - 1)) && Draw.chance(rnd, 0.65)) {
      local = local + (1 + rnd.nextInt(9999));
    }
    return local;
  }

  /** The work address at a company domain ("jane.smith@acme.com", "jsmith@acme.com"). */
  static String work(SplittableRandom rnd, String first, String last, String companyDomain) {
    String f = clean(first);
    String l = clean(last);
    String local = rnd.nextBoolean() ? f + "." + l : f.charAt(0) + l;
    return local + "@" + companyDomain;
  }

  /** The address as written in a file: Gmail variants and mixed case for some. */
  static String written(SplittableRandom rnd, String local, String domain) {
    String writtenLocal = local;
    String writtenDomain = domain;
    if (domain.equals(PROVIDERS[GMAIL])) {
      if (Draw.chance(rnd, 0.25)) {
        writtenLocal = moveDots(rnd, writtenLocal);
      }
      if (Draw.chance(rnd, 0.15)) {
        writtenLocal = writtenLocal + "+" + Draw.pick(rnd, TAGS);
      }
      if (Draw.chance(rnd, 0.06)) {
        writtenDomain = "googlemail.com";
      }
    } else if (Draw.chance(rnd, 0.04)) {
      writtenLocal = writtenLocal + "+" + Draw.pick(rnd, TAGS);
    }
    String address = writtenLocal + "@" + writtenDomain;
    if (Draw.chance(rnd, 0.12)) {
      return capitalized(address);
    }
    return Draw.chance(rnd, 0.02) ? address.toUpperCase(Locale.ROOT) : address;
  }

  /** Drops the dots of a local part, or inserts one between two letters. */
  private static String moveDots(SplittableRandom rnd, String local) {
    if (local.indexOf('.') >= 0) {
      return local.replace(".", "");
    }
    int letters = 0;
    while (letters < local.length() && Character.isLetter(local.charAt(letters))) {
      letters++;
    }
    if (letters < 3) {
      return local;
    }
    int at = 1 + rnd.nextInt(letters - 1);
    return local.substring(0, at) + "." + local.substring(at);
  }

  /** "jane.smith@gmail.com" -> "Jane.Smith@Gmail.com". */
  private static String capitalized(String address) {
    char[] chars = address.toCharArray();
    boolean start = true;
    for (int i = 0; i < chars.length; i++) {
      if (start && Character.isLetter(chars[i])) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
      start = !Character.isLetterOrDigit(chars[i]);
    }
    return new String(chars);
  }

  /** Lower case ASCII letters only ("O'Connor" -> "oconnor"). */
  static String clean(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
