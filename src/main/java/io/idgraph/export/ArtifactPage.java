package io.idgraph.export;

/**
 * A page of a workflow file's rows, as MCP {@code resources/read} returns it.
 *
 * @param text the rows in the requested format (CSV pages repeat the header line)
 * @param mimeType the format's content type
 * @param rows data rows on this page
 * @param nextOffset the offset of the next page, or null at the end of the file
 */
public record ArtifactPage(String text, String mimeType, int rows, Long nextOffset) {}
