package io.idgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only holds subcommands: run alone, it prints its usage (and exits 0). The empty
 * {@code @Command} lets picocli inject the spec; each subclass's own {@code @Command} names it.
 */
@Command
abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
