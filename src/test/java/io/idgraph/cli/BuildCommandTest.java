package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build, changes and explain commands' exit codes for good and bad input. */
class BuildCommandTest {
  @TempDir Path dir;

  @Test
  void build_thenChangesAndExplain_exitZero() throws Exception {
    Path crm = dir.resolve("crm.csv");
    Files.writeString(crm, "id,first_name,email\nC1,Jane,jane@example.com\n");
    String data = dir.resolve("data").toString();

    assertThat(Main.run("build", "--data", data, "--source", "crm", crm.toString())).isZero();
    assertThat(Main.run("changes", "--data", data, "--since", "2020-01-01")).isZero();
    assertThat(Main.run("explain", "--data", data, "1")).isZero();
  }

  @Test
  void badInput_isAUsageError() throws Exception {
    Path crm = dir.resolve("crm.csv");
    Files.writeString(crm, "id,first_name,email\nC1,Jane,jane@example.com\n");
    String data = dir.resolve("data").toString();

    assertThat(Main.run("build", "--data", data)).isEqualTo(2);
    assertThat(Main.run("build", "--data", data, "--source", "c r m", crm.toString())).isEqualTo(2);
    assertThat(Main.run("build", "--data", data, "--source", "crm", "missing.csv")).isEqualTo(2);
    assertThat(Main.run("changes", "--data", data, "--since", "yesterday")).isEqualTo(2);
    assertThat(Main.run("explain", "--data", data, "x")).isEqualTo(2);
    assertThat(Main.run("explain", "--data", data, "77")).isEqualTo(2);
  }
}
