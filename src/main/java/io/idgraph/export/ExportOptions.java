package io.idgraph.export;

import java.time.Duration;

/**
 * How exports, uploads and links behave.
 *
 * @param ttl how long files and links live (default 1 hour, at most {@link ArtifactStore#MAX_TTL})
 * @param maxUploadBytes the largest upload accepted (default 1 GiB)
 * @param publicUrl the absolute base URL links start with, or null to use the bound address
 * @param maxPageBytes the most text one page of a workflow file may hold in memory; a page that
 *     would be larger ends early (default 4 MiB)
 */
public record ExportOptions(
    Duration ttl, long maxUploadBytes, String publicUrl, long maxPageBytes) {
  public static final long DEFAULT_MAX_PAGE_BYTES = 4L << 20;
  public static final long MIN_MAX_PAGE_BYTES = 1024;

  public ExportOptions(Duration ttl, long maxUploadBytes, String publicUrl) {
    this(ttl, maxUploadBytes, publicUrl, DEFAULT_MAX_PAGE_BYTES);
  }

  public static ExportOptions defaults() {
    return new ExportOptions(ArtifactStore.DEFAULT_TTL, Exports.DEFAULT_MAX_UPLOAD_BYTES, null);
  }
}
