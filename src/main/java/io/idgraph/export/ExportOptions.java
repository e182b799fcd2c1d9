package io.idgraph.export;

import java.time.Duration;

/**
 * How exports, uploads and links behave.
 *
 * @param ttl how long files and links live (default 1 hour, at most {@link ArtifactStore#MAX_TTL})
 * @param maxUploadBytes the largest upload accepted (default 1 GiB)
 * @param publicUrl the absolute base URL links start with, or null to use the bound address
 */
public record ExportOptions(Duration ttl, long maxUploadBytes, String publicUrl) {
  public static ExportOptions defaults() {
    return new ExportOptions(ArtifactStore.DEFAULT_TTL, Exports.DEFAULT_MAX_UPLOAD_BYTES, null);
  }
}
