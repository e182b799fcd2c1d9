package io.idgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdsTest {
  @Test
  void parse_digitsWithSpaces() {
    assertThat(PersonIds.parse(" 12345 ")).isEqualTo(12345L);
    assertThat(PersonIds.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "0", "-1", "12a", "1.5", "9223372036854775808", "99999999999999999999"})
  void parse_notAPositiveLong_isNull(String raw) {
    assertThat(PersonIds.parse(raw)).isNull();
  }
}
