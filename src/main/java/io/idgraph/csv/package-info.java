/**
 * RFC 4180 CSV reading and writing shared by row enrichment, exports and uploads: a byte-order
 * mark, quoted fields with commas and line breaks, CRLF, bounded field sizes. Start with {@link
 * io.idgraph.csv.CsvReader}.
 */
package io.idgraph.csv;
