package io.idgraph.graph;

import java.util.Locale;
import java.util.Optional;

/** The kinds of identifier a person can be found by. */
public enum IdType implements WireNamed {
  EMAIL(0.9),
  PHONE(0.85),
  ADDRESS(0.7),
  MAID(0.9);

  private final double defaultQuality;
  private final String wireName = name().toLowerCase(Locale.ROOT);

  IdType(double defaultQuality) {
    this.defaultQuality = defaultQuality;
  }

  /** The quality a graph-file identifier gets when it carries none. */
  public double defaultQuality() {
    return defaultQuality;
  }

  /** The name on the wire: {@code email}, {@code phone}, {@code address}, {@code maid}. */
  @Override
  public String wireName() {
    return wireName;
  }

  public static Optional<IdType> fromWire(String name) {
    return WireNamed.find(values(), WireNamed.typed(name));
  }
}
