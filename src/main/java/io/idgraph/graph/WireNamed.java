package io.idgraph.graph;

import java.util.Locale;
import java.util.Optional;

/** A constant with a name on the wire (lower case, like {@code email}); {@link #find} reads one. */
public interface WireNamed {
  /** The constant's name in Java ({@link Enum#name()}). */
  String name();

  /** The constant's name in lower case; a constant spelled otherwise on the wire overrides this. */
  default String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant whose wire name is {@code wanted} exactly; empty for null or no match. */
  static <E extends WireNamed> Optional<E> find(E[] constants, String wanted) {
    if (wanted == null) {
      return Optional.empty();
    }
    for (E constant : constants) {
      if (constant.wireName().equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** What a caller typed, trimmed and in lower case as wire names are; null stays null. */
  static String typed(String name) {
    return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
  }
}
