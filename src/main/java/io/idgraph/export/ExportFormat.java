package io.idgraph.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats of an export: CSV with a header, one JSON array, or JSON lines. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8"),
  JSON("json", "application/json"),
  JSONL("jsonl", "application/x-ndjson");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

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
    if (name == null) {
      return Optional.empty();
    }
    for (ExportFormat format : values()) {
      if (format.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The format a file name's extension says; empty for other extensions. */
  public static Optional<ExportFormat> ofFilename(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : fromWire(filename.substring(dot + 1));
  }
}
