package io.idgraph.cli;

import io.idgraph.export.ArtifactStore;
import io.idgraph.export.ExportOptions;
import io.idgraph.export.Exports;
import io.idgraph.graph.IdgraphException;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of {@code serve} for export and upload files: how long they live, how large. */
final class ExportFileOptions {
  @Option(names = "--export-ttl", paramLabel = "SECONDS")
  long exportTtlSeconds = ArtifactStore.DEFAULT_TTL.toSeconds();

  @Option(names = "--max-upload-bytes", paramLabel = "N")
  long maxUploadBytes = Exports.DEFAULT_MAX_UPLOAD_BYTES;

  @Option(names = "--max-page-bytes", paramLabel = "N")
  long maxPageBytes = ExportOptions.DEFAULT_MAX_PAGE_BYTES;

  /** The options, checked; links are made under {@code publicUrl} when it is set. */
  ExportOptions exportOptions(String publicUrl) {
    if (exportTtlSeconds < 1 || exportTtlSeconds > ArtifactStore.MAX_TTL.toSeconds()) {
      throw IdgraphException.invalid(
          "--export-ttl must be from 1 to "
              + ArtifactStore.MAX_TTL.toSeconds()
              + " seconds; got "
              + exportTtlSeconds);
    }
    if (maxUploadBytes < 1) {
      throw IdgraphException.invalid(
          "--max-upload-bytes must be at least 1; got " + maxUploadBytes);
    }
    if (maxPageBytes < ExportOptions.MIN_MAX_PAGE_BYTES) {
      throw IdgraphException.invalid(
          "--max-page-bytes must be at least "
              + ExportOptions.MIN_MAX_PAGE_BYTES
              + "; got "
              + maxPageBytes);
    }
    return new ExportOptions(
        Duration.ofSeconds(exportTtlSeconds), maxUploadBytes, publicUrl, maxPageBytes);
  }
}
