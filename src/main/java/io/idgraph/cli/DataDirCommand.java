package io.idgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that works on a data dir: it takes {@code --data} and {@code --store}. */
abstract class DataDirCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
}
