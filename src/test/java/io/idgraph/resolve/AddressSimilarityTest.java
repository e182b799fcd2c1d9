package io.idgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.IdType;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.normalize.StandardAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressSimilarityTest {
  private static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();
  private static final String KNOWN = "123 N Main St Apt 4, Springfield, IL 62701";

  private static StandardAddress parse(String raw) {
    NormalizeResult result = NORMALIZER.normalize(IdType.ADDRESS, raw);
    assertThat(result.isOk()).as(raw).isTrue();
    return result.value().address();
  }

  private static double factor(String input, String known) {
    return AddressSimilarity.factor(parse(input), parse(known));
  }

  @Test
  void factor_streetTypoScoresBelowOne() {
    assertThat(factor("123 N Mian St Apt 4, Springfield, IL 62701", KNOWN))
        .isEqualTo(AddressSimilarity.STREET_TYPO_1);
    assertThat(factor("123 N Man St Apt 4, Springfield, IL 62701", KNOWN)).isZero();
    assertThat(
            factor(
                "2000 Pensylvnia Ave, Springfield, IL 62701",
                "2000 Pennsylvania Ave, Springfield, IL 62701"))
        .isEqualTo(AddressSimilarity.STREET_TYPO_2);
  }

  @Test
  void factor_misspelledSuffix() {
    assertThat(factor("123 N Main Stret Apt 4, Springfield, IL 62701", KNOWN))
        .isEqualTo(AddressSimilarity.SUFFIX_TYPO);
    assertThat(factor("123 N Main Ave Apt 4, Springfield, IL 62701", KNOWN)).isZero();
  }

  @Test
  void factor_missingUnitOrZip() {
    assertThat(factor("123 N Main St, Springfield, IL 62701", KNOWN))
        .isEqualTo(AddressSimilarity.MISSING_UNIT);
    assertThat(factor("123 N Main St Apt 4, Springfield, IL", KNOWN))
        .isEqualTo(AddressSimilarity.MISSING_ZIP);
  }

  @Test
  void factor_poundSignMayBeAnotherDesignator() {
    assertThat(
            factor(
                "1700 Market St #200, San Francisco, CA 94105",
                "1700 Market St Ste 200, San Francisco, CA 94105"))
        .isEqualTo(AddressSimilarity.UNIT_DESIGNATOR);
  }

  @Test
  void factor_nearMatchesScoreVisiblyBelowExact() {
    double best =
        Math.max(
            AddressSimilarity.STREET_TYPO_1,
            Math.max(AddressSimilarity.MISSING_ZIP, AddressSimilarity.MISSING_UNIT));
    assertThat(best).isLessThanOrEqualTo(0.9);
  }

  /** Every known trap: never a near match, whatever else agrees. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "124 N Main St Apt 4, Springfield, IL 62701 | house number",
        "123 1/2 N Main St Apt 4, Springfield, IL 62701 | fraction",
        "123 S Main St Apt 4, Springfield, IL 62701 | opposite predirectional",
        "123 Main St N Apt 4, Springfield, IL 62701 | postdirectional instead of pre",
        "123 Main St Apt 4, Springfield, IL 62701 | directional missing",
        "123 N Main Ct Apt 4, Springfield, IL 62701 | street type",
        "123 N Main St Apt 5, Springfield, IL 62701 | unit",
        "123 N Main St Apt 4B, Springfield, IL 62701 | unit letter",
        "123 N Mains St Apt 4, Springfield, IL 62701 | plural name",
        "123 N Mian St Apt 4, Springfield, IL 62702 | typo and another zip",
      })
  void factor_trapsNeverMatch(String input, String trap) {
    assertThat(factor(input, KNOWN)).as(trap).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "700 W 43rd St, New York, NY 10036 | 700 W 42nd St, New York, NY 10036",
        "800 County Road 13, Springfield, IL 62701 | 800 County Road 12, Springfield, IL 62701",
        "900 Sixth Ave, New York, NY 10021 | 900 Fifth Ave, New York, NY 10021",
        "100 Avenue D, New York, NY 10009 | 100 Avenue C, New York, NY 10009",
        "1200 Oak Cir, Springfield, IL 62701 | 1200 Oak Ct, Springfield, IL 62701",
        "PO Box 123, Springfield, IL 62702 | PO Box 123, Springfield, IL 62701",
        "RR 2 Box 152, Springfield, IL 62702 | RR 2 Box 152, Springfield, IL 62701",
        "2400 Oat St, Springfield, IL 62701 | 2400 Oak St, Springfield, IL 62701",
      })
  void factor_numberedLetteredAndBoxAddressesNeverMatch(String input, String known) {
    assertThat(factor(input, known)).isZero();
  }
}
