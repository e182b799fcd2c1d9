package io.idgraph.graph;

import java.util.Optional;

/** The JSON type of a catalog attribute's values. */
public enum AttributeType implements WireNamed {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN;

  public static Optional<AttributeType> fromWire(String name) {
    return WireNamed.find(values(), name);
  }
}
