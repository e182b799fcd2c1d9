package io.idgraph.export;

import java.util.Locale;
import java.util.Optional;

/** The two folders of a workflow: files idgraph wrote, and files a client uploaded. */
public enum ArtifactKind {
  ARTIFACTS,
  UPLOADS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ArtifactKind> fromWire(String name) {
    for (ArtifactKind kind : values()) {
      if (kind.wireName().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
