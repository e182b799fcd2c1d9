package io.idgraph.export;

/** The generate_download_url result (workflow_id and tool_trace_id are added by the caller). */
public record DownloadLink(
    String downloadUrl,
    String downloadExpiresAt,
    String resourceUri,
    String filename,
    long sizeBytes) {}
