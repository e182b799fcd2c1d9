package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An address split into upper-case words, remembering which words follow a comma (or a line break).
 * Periods and apostrophes are dropped ("P.O." is PO, "O'Farrell" is OFARRELL), hyphens and slashes
 * stay inside words ("123-45", "1/2", "94105-1234"), '#' is a word of its own, and all other
 * punctuation separates words.
 */
final class AddressTokens {
  final List<String> words;
  private final List<Boolean> commaBefore;

  private AddressTokens(List<String> words, List<Boolean> commaBefore) {
    this.words = words;
    this.commaBefore = commaBefore;
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  /** True when a comma or line break comes right before word {@code i}. */
  boolean commaBefore(int i) {
    return commaBefore.get(i);
  }

  static AddressTokens of(String raw) {
    String s = Text.compatible(fractions(raw)).toUpperCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    List<Boolean> commas = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean comma = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if ((c == '-' || c == '/') && word.length() > 0) {
        word.append(c);
      } else if (c != '\'' && c != '\u2019' && !(c == '.' && joinsInitials(s, i, word))) {
        comma = flush(word, words, commas, comma);
        if (c == '#') {
          words.add("#");
          commas.add(comma);
          comma = false;
        } else if (c == ',' || c == '\n' || c == '\r' || c == ';') {
          comma = !words.isEmpty();
        }
      }
    }
    flush(word, words, commas, comma);
    return new AddressTokens(words, commas);
  }

  /** Adds a word; a hyphenated numbered road ("SR-7", "I-95") becomes two words. */
  private static void add(String w, List<String> words, List<Boolean> commas, boolean comma) {
    if (w.indexOf('-') <= 0) {
      words.add(w);
      commas.add(comma);
      return;
    }
    List<String> split = HighwayNames.splitHyphens(List.of(w));
    for (int i = 0; i < split.size(); i++) {
      words.add(split.get(i));
      commas.add(comma && i == 0);
    }
  }

  /**
   * Vulgar fraction characters as a separate word ("123½" is "123 1/2"), before compatibility
   * normalization would glue their digits to the house number ("1231/2").
   */
  private static String fractions(String raw) {
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      String fraction = c < FIRST_FRACTION ? null : FRACTIONS.get(c);
      if (fraction != null && out == null) {
        out = new StringBuilder(raw.length() + 8).append(raw, 0, i);
      }
      if (fraction != null) {
        out.append(' ').append(fraction).append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? raw : out.toString();
  }

  /** The fraction characters all come at or after this one, so ASCII text skips the lookup. */
  private static final char FIRST_FRACTION = '\u00BC';

  private static final Map<Character, String> FRACTIONS =
      Map.of('\u00BC', "1/4", '\u00BD', "1/2", '\u00BE', "3/4", '\u2153', "1/3", '\u2154', "2/3");

  /**
   * True for a period inside initials, which joins them into one word: "P.O.", "D.C.", "N.E." (the
   * word so far is one letter and so is what follows).
   */
  private static boolean joinsInitials(String s, int dot, StringBuilder word) {
    int next = dot + 1;
    return isInitials(word)
        && next < s.length()
        && Character.isLetter(s.charAt(next))
        && (next + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(next + 1)));
  }

  /** True when the word so far is 1 to 3 letters (as built from initials: "P", "PO", "USA"). */
  private static boolean isInitials(StringBuilder word) {
    if (word.length() == 0 || word.length() > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Adds the pending word, if any; returns whether a comma is still pending. */
  private static boolean flush(
      StringBuilder word, List<String> words, List<Boolean> commas, boolean comma) {
    while (word.length() > 0 && isJoiner(word.charAt(word.length() - 1))) {
      word.setLength(word.length() - 1);
    }
    if (word.length() == 0) {
      return comma;
    }
    add(word.toString(), words, commas, comma);
    word.setLength(0);
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '/';
  }
}
