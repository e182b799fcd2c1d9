package io.idgraph.export;

import io.idgraph.graph.WireNamed;
import java.util.Optional;

/** The two folders of a workflow: files idgraph wrote, and files a client uploaded. */
public enum ArtifactKind implements WireNamed {
  ARTIFACTS,
  UPLOADS;

  public static Optional<ArtifactKind> fromWire(String name) {
    return WireNamed.find(values(), name);
  }
}
