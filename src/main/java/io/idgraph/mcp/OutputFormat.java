package io.idgraph.mcp;

import io.idgraph.graph.IdgraphException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code format} argument: inline results, or an export file (not yet served). */
enum OutputFormat {
  NONE,
  CSV,
  JSON,
  JSONL;

  static final List<String> NAMES = Arguments.wireNames(values());

  static OutputFormat read(Arguments args) {
    OutputFormat format =
        args.choice("format", NAMES, OutputFormat::fromWire).orElse(OutputFormat.NONE);
    if (format != NONE) {
      throw IdgraphException.invalid(
          "format " + format.name().toLowerCase(Locale.ROOT) + " is not available yet; use none");
    }
    return format;
  }

  private static Optional<OutputFormat> fromWire(String raw) {
    for (OutputFormat format : values()) {
      if (format.name().equalsIgnoreCase(raw.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
