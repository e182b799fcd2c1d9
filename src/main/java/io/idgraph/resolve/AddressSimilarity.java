package io.idgraph.resolve;

import io.idgraph.normalize.StandardAddress;
import io.idgraph.normalize.StreetParts;
import java.util.Objects;
import java.util.Set;

/**
 * How much a known address looks like a submitted one that did not match exactly, as a factor in
 * (0, 1] applied to the link's quality; 0 when they may be different addresses. Precision comes
 * first: a wrong person is worse than no person, so only what is plainly a slip of the keyboard (a
 * typo in a street name, a misspelled suffix) or an omission (no ZIP, no unit) is forgiven. Never
 * crossed: a different house number or fraction, a different or missing directional, a different
 * numbered or lettered street name, a different street type, a different unit, a PO box or rural
 * route box at a different ZIP. docs/normalization.md gives the reasons.
 */
final class AddressSimilarity {
  static final double MISSING_UNIT = 0.85;
  static final double UNIT_DESIGNATOR = 0.85;
  static final double STREET_TYPO_1 = 0.9;
  static final double STREET_TYPO_2 = 0.8;
  static final double SUFFIX_TYPO = 0.85;
  static final double MISSING_ZIP = 0.9;
  static final double OTHER_ZIP = 0.8;

  /** Spelled-out numbers: "FIFTH" and "SIXTH" are different streets, not a typo. */
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "ONE",
          "TWO",
          "THREE",
          "FOUR",
          "FIVE",
          "SIX",
          "SEVEN",
          "EIGHT",
          "NINE",
          "TEN",
          "ELEVEN",
          "TWELVE",
          "TWENTY",
          "THIRTY",
          "FORTY",
          "FIFTY",
          "HUNDRED",
          "FIRST",
          "SECOND",
          "THIRD",
          "FOURTH",
          "FIFTH",
          "SIXTH",
          "SEVENTH",
          "EIGHTH",
          "NINTH",
          "TENTH",
          "ELEVENTH",
          "TWELFTH",
          "THIRTEENTH",
          "FOURTEENTH",
          "FIFTEENTH",
          "SIXTEENTH",
          "SEVENTEENTH",
          "EIGHTEENTH",
          "NINETEENTH",
          "TWENTIETH",
          "THIRTIETH",
          "FORTIETH",
          "FIFTIETH");

  private AddressSimilarity() {}

  static double factor(StandardAddress input, StandardAddress known) {
    if (!Objects.equals(input.number(), known.number()) || input.isBox() != known.isBox()) {
      return 0;
    }
    double street =
        input.isBox()
            ? (input.street().equals(known.street()) ? 1 : 0)
            : street(input.streetParts(), known.streetParts());
    double unit = unit(input.unit(), known.unit());
    double zip = zip(input, known);
    // another ZIP is forgiven only when it is the one difference: with a typo as well, it is
    // more likely another street of the same name than the same door
    return zip == OTHER_ZIP && street * unit < 1 ? 0 : street * unit * zip;
  }

  private static double street(StreetParts a, StreetParts b) {
    if (!Objects.equals(a.pre(), b.pre()) || !Objects.equals(a.post(), b.post())) {
      return 0;
    }
    if (a.suffix() != null && b.suffix() != null) {
      return a.suffix().equals(b.suffix()) ? name(a.name(), b.name()) : 0;
    }
    if (a.suffix() == null && b.suffix() == null) {
      return name(a.name(), b.name());
    }
    return a.suffix() == null ? misspelledSuffix(a.name(), b) : misspelledSuffix(b.name(), a);
  }

  /**
   * "OAK AVNEUE" for "OAK AVE": the typed name ends with a word that is no suffix but is one edit
   * (two for long words) from a spelling of the other's suffix, with the same first letter.
   */
  private static double misspelledSuffix(String typedName, StreetParts other) {
    int space = typedName.lastIndexOf(' ');
    if (space < 0) {
      return 0;
    }
    String word = typedName.substring(space + 1);
    for (String spelling : StreetParts.suffixSpellings(other.suffix())) {
      int bound = spelling.length() >= 6 ? 2 : 1;
      if (spelling.length() >= 4
          && word.charAt(0) == spelling.charAt(0)
          && Levenshtein.distance(word, spelling, bound) <= bound) {
        return name(typedName.substring(0, space), other.name()) * SUFFIX_TYPO;
      }
    }
    return 0;
  }

  /**
   * Street names: equal, or the same words but for typos in words that can have one: letters only,
   * at least four of them, not a spelled-out number, and not a plural of the other.
   */
  private static double name(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    String[] wa = a.split(" ");
    String[] wb = b.split(" ");
    if (wa.length != wb.length) {
      return 0;
    }
    int edits = 0;
    for (int i = 0; i < wa.length; i++) {
      if (wa[i].equals(wb[i])) {
        continue;
      }
      if (!canHaveTypo(wa[i]) || !canHaveTypo(wb[i]) || pluralOf(wa[i], wb[i])) {
        return 0;
      }
      edits += Levenshtein.distance(wa[i], wb[i], 2);
    }
    if (edits == 1) {
      return STREET_TYPO_1;
    }
    return edits == 2 && a.length() >= 8 ? STREET_TYPO_2 : 0;
  }

  private static boolean canHaveTypo(String word) {
    if (word.length() < 4 || NUMBER_WORDS.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean pluralOf(String a, String b) {
    return a.equals(b + "S") || b.equals(a + "S") || a.equals(b + "ES") || b.equals(a + "ES");
  }

  /**
   * Units: equal; one side without a unit; or the same number under APT and another designator (APT
   * is what "#" and "Unit" standardize to, so "#200" may be "Ste 200").
   */
  private static double unit(String a, String b) {
    if (Objects.equals(a, b)) {
      return 1;
    }
    if (a == null || b == null) {
      return MISSING_UNIT;
    }
    int sa = a.indexOf(' ');
    int sb = b.indexOf(' ');
    boolean oneIsApt = a.startsWith("APT ") || b.startsWith("APT ");
    return oneIsApt && sa > 0 && sb > 0 && a.substring(sa).equals(b.substring(sb))
        ? UNIT_DESIGNATOR
        : 0;
  }

  private static double zip(StandardAddress input, StandardAddress known) {
    String a = input.zip5();
    String b = known.zip5();
    if (Objects.equals(a, b)) {
      return 1;
    }
    if (a == null || b == null) {
      return MISSING_ZIP;
    }
    return input.isBox() ? 0 : OTHER_ZIP; // PO Box 123 is another box at another post office
  }
}
