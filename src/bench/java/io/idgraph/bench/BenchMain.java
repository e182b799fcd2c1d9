package io.idgraph.bench;

import io.idgraph.graph.IdgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench/run}: idgraph's benchmarks; each prints medians and a table for PERFORMANCE.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    version = "idgraph bench 0.1.0",
    description =
        "Benchmarks: 'engine' (in-process), 'mcp' and 'export' (over HTTP against the packaged"
            + " server in its own process).",
    subcommands = {
      EngineBenchCommand.class,
      McpBenchCommand.class,
      ExportBenchCommand.class,
      AuditBenchCommand.class,
      CompareDataCommand.class
    })
public final class BenchMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new BenchMain());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("bench: " + e.getMessage());
          return e instanceof IdgraphException ? 2 : 1;
        });
    System.exit(cli.execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
