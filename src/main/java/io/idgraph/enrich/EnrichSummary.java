package io.idgraph.enrich;

import java.time.Duration;

/**
 * What an enrichment did.
 *
 * @param rows data rows read (blank lines not counted)
 * @param written rows written to the output
 * @param matched rows resolved to a person at or above the minimum score
 * @param invalidValues identifier values, counted per row, that did not normalize
 * @param raggedRows rows with fewer or more fields than the header
 * @param blankLines empty lines skipped
 */
public record EnrichSummary(
    long rows,
    long written,
    long matched,
    long invalidValues,
    long raggedRows,
    long blankLines,
    Duration elapsed) {

  /** matched / rows, 0 for no rows. */
  public double matchRate() {
    return rows == 0 ? 0 : (double) matched / rows;
  }

  public double rowsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : rows / seconds;
  }
}
