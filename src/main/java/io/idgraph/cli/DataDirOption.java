package io.idgraph.cli;

import io.idgraph.files.DataDir;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option every command takes. */
public final class DataDirOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data dir (default: $IDGRAPH_DATA or ./idgraph-data).")
  Path data;

  public DataDir dataDir() {
    return DataDir.resolve(data);
  }
}
