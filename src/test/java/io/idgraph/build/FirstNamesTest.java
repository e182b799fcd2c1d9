package io.idgraph.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstNamesTest {

  @ParameterizedTest
  @CsvSource({
    "Jane, JANE, true",
    "Jon, John, true",
    "Micheal, Michael, true",
    "Bob, Robert, true",
    "Kate, Katherine, true",
    "J, John, true",
    "Chris, Christopher, true",
    "Jose, José, true",
    "Jane, John, false",
    "Mark, Mary, false",
    "Jan, Jon, false",
    "Ann, Bob, false",
    "Eric, Erica, true",
  })
  void compatible_followsTheDocumentedRules(String a, String b, boolean expected) {
    assertThat(FirstNames.compatible(FirstNames.normalize(a), FirstNames.normalize(b)))
        .isEqualTo(expected);
    assertThat(FirstNames.compatible(FirstNames.normalize(b), FirstNames.normalize(a)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'  ', ''", "'-', ''", "O'Brien, obrien", "BOBBY, robert"})
  void normalize_keepsLettersAndMapsNicknames(String raw, String expected) {
    assertThat(FirstNames.normalize(raw)).isEqualTo(expected.isEmpty() ? null : expected);
  }
}
