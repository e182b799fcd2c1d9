package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.idgraph.files.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A CLI command run as its own process from the packaged jar: exit code, stdout and stderr. */
final class CliRun {
  /** A command on a fresh cluster keyspace first creates its tables: slow on a busy machine. */
  private static final long TIMEOUT_MINUTES = 5;

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
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      fail(
          "idgraph %s did not finish within %d minutes; its stderr:%n%s",
          String.join(" ", args), TIMEOUT_MINUTES, Files.readString(err));
    }
    return new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * Runs {@code idgraph args} with data dir {@code dir} on the cluster {@code store}, checks that
   * it succeeded, and returns its stdout.
   */
  static String onCluster(DataDir dir, String store, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(List.of("--data", dir.root().toString(), "--store", store));
    Path workDir = dir.root().toAbsolutePath().getParent();
    Files.createDirectories(workDir);
    CliRun run = run(workDir, command.toArray(String[]::new));
    assertThat(run.exit).as(String.join(" ", args) + ": " + run.err).isZero();
    return run.out;
  }
}
