package io.idgraph.export;

/**
 * The {@code export} object of a result written to a file.
 *
 * @param url an absolute signed download link, no bearer token needed; null (omitted) over stdio
 *     without a public url
 * @param format csv, json or jsonl
 * @param rows data rows in the file (identities, profiles or input rows)
 * @param sizeBytes the file's size
 * @param expiresAt when the link and the file expire (ISO 8601, UTC)
 * @param resourceUri {@code workflow://{workflow_id}/artifacts/{filename}}
 */
public record Export(
    String url, String format, long rows, long sizeBytes, String expiresAt, String resourceUri) {}
