package io.idgraph.enrich;

import io.idgraph.graph.HashType;
import java.util.List;
import java.util.Locale;

/** Tells a hash type from a column's name or from the look of its values. */
public final class HashSniffer {
  /** Share of non-empty sample values that must look like one digest for the column to be it. */
  private static final double QUORUM = 0.9;

  private HashSniffer() {}

  /** The hash a header name spells (email_sha256, sha256_email, EmailMD5), or null. */
  static HashType fromName(String key) {
    if (key.contains("sha256") || key.contains("sha2")) {
      return HashType.SHA256;
    }
    if (key.contains("sha1")) {
      return HashType.SHA1;
    }
    if (key.contains("md5")) {
      return HashType.MD5;
    }
    return null;
  }

  /**
   * The hash the sample values look like (hex of 32, 40 or 64 digits, or their Base64 of 24, 28 or
   * 44 characters), or null when they do not agree or there are none.
   */
  static HashType fromValues(List<String> values) {
    int seen = 0;
    int[] byLength = new int[3];
    for (String raw : values) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      seen++;
      String v = raw.strip();
      if (isHex(v)) {
        switch (v.length()) {
          case 32 -> byLength[0]++;
          case 40 -> byLength[1]++;
          case 64 -> byLength[2]++;
          default -> {}
        }
      } else if (isBase64(v)) { // UID2 and LiveRamp-style files: Base64 of the digest bytes
        switch (v.length()) {
          case 22, 24 -> byLength[0]++;
          case 27, 28 -> byLength[1]++;
          case 43, 44 -> byLength[2]++;
          default -> {}
        }
      }
    }
    if (seen == 0) {
      return null;
    }
    HashType[] types = {HashType.MD5, HashType.SHA1, HashType.SHA256};
    for (int i = 0; i < 3; i++) {
      if (byLength[i] >= QUORUM * seen) {
        return types[i];
      }
    }
    return null;
  }

  /** Base64 letters, digits, +/ or -_, then at most two '=' (and no '@' or '.': not an email). */
  private static boolean isBase64(String v) {
    int end = v.length();
    while (end > 0 && v.charAt(end - 1) == '=' && v.length() - end < 2) {
      end--;
    }
    boolean letters = false;
    for (int i = 0; i < end; i++) {
      char c = v.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean ok = letter || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
      letters |= letter;
    }
    return end > 0 && letters;
  }

  private static boolean isHex(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return false;
      }
    }
    return !v.isEmpty();
  }

  /** A header name reduced to lower-case letters and digits: "E-mail Address" -> "emailaddress". */
  public static String key(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
