package io.idgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevenshteinTest {
  @Test
  void distance_typos() {
    assertThat(Levenshtein.distance("MAIN ST", "MAIN ST", 2)).isZero();
    assertThat(Levenshtein.distance("MAIN ST", "MIAN ST", 2)).isEqualTo(1);
    assertThat(Levenshtein.distance("MAIN ST", "MAN ST", 2)).isEqualTo(1);
    assertThat(Levenshtein.distance("MAIN ST", "MAINE ST", 2)).isEqualTo(1);
  }

  @Test
  void distance_pastBoundIsBoundPlusOne() {
    assertThat(Levenshtein.distance("MAIN ST", "OAK AVE", 2)).isEqualTo(3);
    assertThat(Levenshtein.distance("A", "ABCDEFG", 2)).isEqualTo(3);
  }
}
