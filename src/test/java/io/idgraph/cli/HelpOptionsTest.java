package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command, at any depth, answers --help and -h with its usage and --version, exit 0. */
class HelpOptionsTest {
  private static String run(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(args)).isZero();
    } finally {
      System.setOut(stdout);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    "serve, --help, 'Usage: idgraph serve'",
    "load, --help, 'Usage: idgraph load'",
    "keys create, -h, 'Usage: idgraph keys create'",
    "privacy delete, --help, 'Usage: idgraph privacy delete'",
    "demo, -h, 'Usage: idgraph demo'"
  })
  void help_printsTheCommandsUsage(String command, String flag, String usage) {
    String[] words = (command + " " + flag).split(" ");

    String printed = run(words);

    assertThat(printed).startsWith(usage).contains("-h, --help").doesNotContain("Unknown option");
  }

  @ParameterizedTest
  @CsvSource({"serve", "keys create"})
  void version_printsTheProductVersion(String command) {
    String[] words = (command + " --version").split(" ");

    assertThat(run(words)).startsWith("idgraph 0.1.0");
  }
}
