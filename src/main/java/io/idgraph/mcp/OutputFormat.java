package io.idgraph.mcp;

import io.idgraph.export.ExportFormat;
import java.util.List;
import java.util.Optional;

/** The {@code format} argument: inline results, or an export file in csv, json or jsonl. */
enum OutputFormat {
  NONE,
  CSV,
  JSON,
  JSONL;

  static final List<String> NAMES = Arguments.wireNames(values());

  static OutputFormat read(Arguments args) {
    return args.choice("format", NAMES, OutputFormat::fromWire).orElse(OutputFormat.NONE);
  }

  /** The export file format; empty for none. */
  Optional<ExportFormat> export() {
    return this == NONE ? Optional.empty() : ExportFormat.fromWire(name());
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
