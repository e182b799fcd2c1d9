package io.idgraph.export;

import io.idgraph.graph.WireNamed;
import java.util.Locale;
import java.util.Optional;

/** The file formats of an export: CSV with a header, one JSON array, or JSON lines. */
public enum ExportFormat implements WireNamed {
  CSV("csv", "text/csv; charset=utf-8"),
  JSON("json", "application/json"),
  JSONL("jsonl", "application/x-ndjson");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<ExportFormat> fromWire(String name) {
    return WireNamed.find(values(), WireNamed.typed(name));
  }

  /** The format a file name's extension says; empty for other extensions. */
  public static Optional<ExportFormat> ofFilename(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : fromWire(filename.substring(dot + 1));
  }
}
