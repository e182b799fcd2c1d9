package io.idgraph.generate;

/** How likely an attribute is for a person: a probability in [0, 1] from household and traits. */
@FunctionalInterface
interface Signal {
  double of(Household h, Traits t);

  static Signal constant(double p) {
    return (h, t) -> p;
  }

  /** {@code strong} when the person has {@code theme}, else {@code weak}. */
  static Signal theme(int theme, double strong, double weak) {
    return (h, t) -> t.has(theme) ? strong : weak;
  }
}
