package io.idgraph.normalize;

import java.text.Normalizer;

/** Checks and trimming shared by every normalizer. */
final class Text {
  /** Values longer than this are rejected before any parsing. */
  static final int MAX_LENGTH = 1000;

  private Text() {}

  /** EMPTY or TOO_LONG when {@code raw} is null, blank or over {@link #MAX_LENGTH}; else null. */
  static NormalizeFailure precheck(String raw) {
    if (raw == null) {
      return NormalizeFailure.EMPTY;
    }
    if (raw.length() > MAX_LENGTH) {
      return NormalizeFailure.TOO_LONG;
    }
    return trim(raw).isEmpty() ? NormalizeFailure.EMPTY : null;
  }

  /**
   * Strips leading and trailing whitespace, including what pasting adds: no-break spaces, zero
   * width spaces and byte order marks.
   */
  static String trim(String s) {
    return strip(s, Text::isBlank);
  }

  /** Strips the leading and trailing characters {@code stripped} accepts; {@code s} if none. */
  static String strip(String s, CharPredicate stripped) {
    int start = 0;
    int end = s.length();
    while (start < end && stripped.test(s.charAt(start))) {
      start++;
    }
    while (end > start && stripped.test(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /** A test of one character. */
  @FunctionalInterface
  interface CharPredicate {
    boolean test(char c);
  }

  /**
   * Unicode compatibility normalization (NFKC): full-width letters and digits ("ｊａｎｅ＠", "５５５")
   * become ASCII, ligatures and superscripts their plain letters, and the fraction slash an
   * ordinary slash. Plain ASCII is returned as is, without copying.
   */
  static String compatible(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2044', '/');
      }
    }
    return s;
  }

  static boolean isBlank(char c) {
    return c <= ' '
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
