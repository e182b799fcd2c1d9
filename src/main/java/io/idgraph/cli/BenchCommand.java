package io.idgraph.cli;

import picocli.CommandLine.Command;

/** {@code idgraph bench}: benchmarks, each printing medians and the figures for PERFORMANCE.md. */
@Command(
    name = "bench",
    description = "Benchmarks: 'bench engine' (in-process) and 'bench mcp' (over HTTP).",
    subcommands = {EngineBenchCommand.class, BenchMcpCommand.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
