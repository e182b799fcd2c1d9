package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command that only holds subcommands prints its usage, naming them, and exits 0. */
class CommandGroupTest {
  @ParameterizedTest
  @CsvSource({
    "'', 'Usage: idgraph', serve",
    "keys, 'Usage: idgraph keys', revoke",
    "privacy, 'Usage: idgraph privacy', optout",
    "workflows, 'Usage: idgraph workflows', show",
    "feedback, 'Usage: idgraph feedback', list"
  })
  void run_alone_printsUsage(String command, String usage, String subcommand) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code = Main.run(command.isEmpty() ? new String[0] : new String[] {command});
    } finally {
      System.setOut(stdout);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).startsWith(usage).contains("  " + subcommand);
  }
}
