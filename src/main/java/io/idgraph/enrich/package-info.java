/**
 * Row-preserving batch enrichment of CSV files of any size: every input row is kept in order,
 * resolved to its one best person, and the attributes of the requested domains are appended.
 *
 * <p>Start with {@link io.idgraph.enrich.RowEnricher}: {@code plan} reads the header and binds the
 * identifier columns (named by the caller as {@link io.idgraph.enrich.LookupColumn}s, or guessed by
 * {@link io.idgraph.enrich.ColumnGuesser}), {@code run} streams the rows through in blocks. {@link
 * io.idgraph.enrich.CsvReader} and {@link io.idgraph.enrich.CsvWriter} are the RFC 4180 reader and
 * writer. Used by {@code idgraph enrich} and the {@code resolve_and_enrich_rows} tool.
 */
package io.idgraph.enrich;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvWriter;
