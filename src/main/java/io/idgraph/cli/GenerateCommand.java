package io.idgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code idgraph generate}. (in progress) */
@Command(name = "generate", description = "(in progress)")
final class GenerateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
