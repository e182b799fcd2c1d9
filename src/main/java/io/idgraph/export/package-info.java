/**
 * Exports, uploads and downloads: streaming csv/json/jsonl writers for resolve and get_person
 * results, per-workflow artifact files that expire, HMAC-signed download and upload links, and the
 * servlet that serves them. Start with {@link io.idgraph.export.Exports} (the facade the MCP tools
 * call), then {@link io.idgraph.export.ArtifactStore} and {@link io.idgraph.export.UrlSigner}.
 */
package io.idgraph.export;
