package io.idgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code idgraph load}. (in progress) */
@Command(name = "load", description = "(in progress)")
final class LoadCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
