package io.idgraph.graph;

import java.util.Locale;
import java.util.Optional;

/** The JSON type of a catalog attribute's values. */
public enum AttributeType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AttributeType> fromWire(String name) {
    for (AttributeType type : values()) {
      if (type.wireName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
