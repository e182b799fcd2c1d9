package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(out, true, StandardCharsets.UTF_8);

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aKnownTotal_printsALineEachTenthInALog() {
    ProgressBar bar = new ProgressBar("load g.jsonl", 100, err, false);
    for (int done = 1; done <= 100; done++) {
      bar.update(done, ProgressBar.count(done * 1000L, "persons"));
    }
    bar.finish("100,000 persons");

    assertThat(printed().lines()).hasSize(11).allMatch(line -> line.contains("%"));
    assertThat(printed().lines().toList().get(10))
        .startsWith("load g.jsonl [==============================] 100% 100,000 persons");
  }

  @Test
  void noTotal_countsWithoutABarOrAShare() {
    ProgressBar bar = new ProgressBar("load stdin", 0, err, false);
    for (int done = 1; done <= 100; done++) {
      bar.update(done, ProgressBar.count(done * 1000L, "persons"));
    }
    bar.finish("100,000 persons");

    assertThat(printed().lines()).hasSize(1);
    assertThat(printed()).startsWith("load stdin 100,000 persons ").doesNotContain("%", "[");
  }

  @Test
  void noTotal_onATerminalRedrawsTheCount() {
    ProgressBar bar = new ProgressBar("load stdin", 0, err, true);
    bar.update(5, "5,000 persons");
    bar.finish("5,000 persons");

    assertThat(printed()).startsWith("\rload stdin 5,000 persons ").doesNotContain("%", "[");
  }

  @Test
  void thePipeOfAShell_hasNoTotal() throws Exception {
    Path file = dir.resolve("g.jsonl");
    Files.writeString(file, "{}\n");

    assertThat(ProgressBar.totalBytesOf(file)).isEqualTo(3);
    assertThat(ProgressBar.totalBytesOf(Path.of("/dev/stdin"))).isZero();
    assertThat(ProgressBar.totalBytesOf(dir.resolve("absent"))).isZero();
  }
}
