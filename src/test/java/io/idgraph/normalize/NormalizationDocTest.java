package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/normalization.md lists every failure with its exact message. */
class NormalizationDocTest {
  private static final Path DOC = Path.of("docs", "normalization.md");

  @ParameterizedTest
  @EnumSource(NormalizeFailure.class)
  void failureTable_listsEveryFailureWithItsMessage(NormalizeFailure failure) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String escaped = failure.message().replace("|", "\\|").replace("`", "\\`");
    assertThat(doc).contains("| `" + failure.name() + "` | " + escaped + " |");
  }
}
