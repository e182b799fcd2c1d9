package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A CLI command run as its own process from the packaged jar: exit code, stdout and stderr. */
final class CliRun {
  final int exit;
  final String out;
  final String err;

  private CliRun(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code idgraph args} in {@code workDir} and waits for it to finish. */
  static CliRun run(Path workDir, String... args) throws Exception {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    Process p =
        new ProcessBuilder(ServerProcess.javaCommand(args))
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("idgraph " + args[0] + " finished").isTrue();
    return new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
