package io.idgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {
  @ParameterizedTest
  @CsvSource({
    "0.9, 0.9",
    "0.84254, 0.8425",
    "1.0, 1",
    "0, 0",
    "0.0001, 0.0001",
    "0.99996, 1",
    "0.5050, 0.505"
  })
  void format_fourDecimalsNoExponent(double score, String shown) {
    assertThat(Scores.format(score)).isEqualTo(shown);
  }
}
