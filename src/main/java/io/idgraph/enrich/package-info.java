/**
 * Row-preserving enrichment of CSV files of any size ({@code idgraph enrich} and the {@code
 * resolve_and_enrich_rows} tool): every input row is kept in order, resolved to its one best
 * person, and the attributes of the requested domains are appended. Also the one place that binds a
 * CSV's identifier columns, for row enrichment and for resolve_identities on an uploaded CSV.
 *
 * <p>Start with {@link io.idgraph.enrich.RowEnricher}: {@code plan} reads the header and binds the
 * identifier columns (named by the caller as {@link io.idgraph.enrich.LookupColumn}s, or guessed by
 * {@link io.idgraph.enrich.ColumnGuesser}), {@code run} streams the rows through in blocks. {@link
 * io.idgraph.enrich.CsvIdentifiers} reads the same bindings into resolve groups. CSV itself is read
 * and written by the {@code csv} package.
 */
package io.idgraph.enrich;
