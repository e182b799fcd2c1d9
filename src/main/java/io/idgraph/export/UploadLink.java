package io.idgraph.export;

/**
 * The generate_url_for_upload result (workflow_id and tool_trace_id are added by the caller).
 *
 * @param csvKey the upload's file name
 * @param instructions how to PUT the file
 */
public record UploadLink(
    String uploadUrl,
    String uploadExpiresAt,
    String resourceUri,
    String csvKey,
    long maxBytes,
    String instructions) {}
