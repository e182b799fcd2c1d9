package io.idgraph.normalize;

import io.idgraph.graph.IdType;
import java.util.List;
import java.util.Locale;

/**
 * Mobile advertising ids (Apple IDFA, Google AAID): a UUID, trimmed and lowercased, with dashes
 * inserted when sent as 32 bare hex digits. The all-zero id that devices report when ad tracking is
 * limited is rejected: it would match every such device.
 */
final class MaidNormalizer {
  private static final int[] DASHES = {8, 13, 18, 23};

  private MaidNormalizer() {}

  static NormalizeResult normalize(String raw) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    String s = Text.trim(Text.compatible(raw));
    if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') {
      s = s.substring(1, 37);
    }
    String maid = dashed(s);
    if (maid == null) {
      return NormalizeResult.failed(NormalizeFailure.NOT_A_MAID);
    }
    if (maid.equals("00000000-0000-0000-0000-000000000000")) {
      return NormalizeResult.failed(NormalizeFailure.ZEROED_MAID);
    }
    // IDFAs are shown upper case on iOS, and files often hash them as shown
    List<String> hashForms = List.of(maid, maid.toUpperCase(Locale.ROOT));
    return NormalizeResult.ok(new NormalizedIdentifier(IdType.MAID, maid, maid, hashForms, null));
  }

  /** The lowercase 8-4-4-4-12 form of a 36-char UUID or 32 bare hex digits; null otherwise. */
  private static String dashed(String s) {
    if (s.length() == 36) {
      for (int dash : DASHES) {
        if (s.charAt(dash) != '-') {
          return null;
        }
      }
      StringBuilder out = new StringBuilder(36);
      for (int i = 0; i < 36; i++) {
        char c = s.charAt(i);
        if (c == '-' ? !isDashPosition(i) : HashedValue.hexDigit(c) < 0) {
          return null;
        }
        out.append(Character.toLowerCase(c));
      }
      return out.toString();
    }
    if (s.length() == 32) {
      StringBuilder out = new StringBuilder(36);
      for (int i = 0; i < 32; i++) {
        char c = s.charAt(i);
        if (HashedValue.hexDigit(c) < 0) {
          return null;
        }
        if (i == 8 || i == 12 || i == 16 || i == 20) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      }
      return out.toString();
    }
    return null;
  }

  private static boolean isDashPosition(int i) {
    return i == 8 || i == 13 || i == 18 || i == 23;
  }
}
