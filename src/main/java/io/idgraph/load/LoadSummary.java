package io.idgraph.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a load did.
 *
 * @param lines lines read (blank lines not counted)
 * @param persons persons stored
 * @param rejectedLines lines rejected whole
 * @param rejectedItems identifiers or attributes rejected within stored persons
 * @param rejectsFile where the rejects were written; null when there were none
 */
public record LoadSummary(
    long lines,
    long persons,
    long rejectedLines,
    long rejectedItems,
    Duration elapsed,
    Path rejectsFile) {

  public boolean hasRejects() {
    return rejectedLines + rejectedItems > 0;
  }

  public double personsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return persons / seconds;
  }
}
