package io.idgraph.files;

import java.nio.file.Path;

/** The layout of a data dir: where the graph, rejects, keys, workflows and exports live. */
public record DataDir(Path root) {
  public static final String ENV = "IDGRAPH_DATA";
  public static final String DEFAULT = "idgraph-data";

  /** The data dir from a flag, else IDGRAPH_DATA, else ./idgraph-data. */
  public static DataDir resolve(Path flag) {
    if (flag != null) {
      return new DataDir(flag);
    }
    String env = System.getenv(ENV);
    return new DataDir(Path.of(env == null || env.isBlank() ? DEFAULT : env));
  }

  public Path graph() {
    return root.resolve("graph");
  }

  public Path rejects() {
    return root.resolve("rejects");
  }

  public Path keys() {
    return root.resolve("keys.json");
  }

  public Path workflows() {
    return root.resolve("workflows");
  }

  public Path feedback() {
    return root.resolve("feedback");
  }

  public Path exports() {
    return root.resolve("exports");
  }
}
