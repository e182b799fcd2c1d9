package io.idgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.normalize.StandardAddress;
import org.junit.jupiter.api.Test;

class AddressSimilarityTest {
  private static final StandardAddress KNOWN =
      new StandardAddress("123", "N MAIN ST", "APT 4", "SPRINGFIELD", "IL", "62701", null);

  private static StandardAddress input(String number, String street, String unit, String zip) {
    return new StandardAddress(number, street, unit, "SPRINGFIELD", "IL", zip, null);
  }

  @Test
  void factor_streetTypoScoresBelowOne() {
    assertThat(AddressSimilarity.factor(input("123", "N MIAN ST", "APT 4", "62701"), KNOWN))
        .isEqualTo(AddressSimilarity.STREET_TYPO_1);
    assertThat(AddressSimilarity.factor(input("123", "N MAIM STR", "APT 4", "62701"), KNOWN))
        .isEqualTo(AddressSimilarity.STREET_TYPO_2);
    assertThat(AddressSimilarity.factor(input("123", "N MAN ST", "APT 4", "62701"), KNOWN))
        .isEqualTo(AddressSimilarity.STREET_TYPO_1);
  }

  @Test
  void factor_misspelledSuffix() {
    assertThat(AddressSimilarity.factor(input("123", "N MAIN STRET", "APT 4", "62701"), KNOWN))
        .isEqualTo(AddressSimilarity.SUFFIX_TYPO);
    assertThat(AddressSimilarity.factor(input("123", "N MAIN AVE", "APT 4", "62701"), KNOWN)).isZero();
  }

  @Test
  void factor_missingUnitOrZip() {
    assertThat(AddressSimilarity.factor(input("123", "N MAIN ST", null, "62701"), KNOWN))
        .isEqualTo(AddressSimilarity.MISSING_UNIT);
    assertThat(AddressSimilarity.factor(input("123", "N MAIN ST", "APT 4", null), KNOWN))
        .isEqualTo(AddressSimilarity.MISSING_ZIP);
  }

  @Test
  void factor_differentAddressesDoNotMatch() {
    assertThat(AddressSimilarity.factor(input("124", "N MAIN ST", "APT 4", "62701"), KNOWN)).isZero();
    assertThat(AddressSimilarity.factor(input("123", "N MAIN ST", "APT 5", "62701"), KNOWN)).isZero();
    assertThat(AddressSimilarity.factor(input("123", "OAK AVE", "APT 4", "62701"), KNOWN)).isZero();
  }
}
