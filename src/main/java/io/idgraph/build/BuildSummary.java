package io.idgraph.build;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a build did.
 *
 * @param read rows read from the given files
 * @param rejected rows rejected whole (reasons in the rejects file)
 * @param rejectedItems identifiers or attributes dropped from records that were kept
 * @param kept records of earlier builds kept because the files no longer hold them
 * @param dropped records of earlier builds removed by {@code --snapshot}
 * @param records records linked in all (every source built so far)
 * @param linked records that were linked to at least one other record
 * @param persons persons the records make
 * @param added persons new in this build
 * @param updated persons whose records, identifiers or attributes changed
 * @param merged person ids merged into another
 * @param split persons that lost records to another person
 * @param removed persons with no record left
 * @param sharedIdentifiers identifiers shared by too many differently named records to link
 * @param rejectsFile the rejects file, or null when nothing was rejected
 */
public record BuildSummary(
    long read,
    long rejected,
    long rejectedItems,
    long kept,
    long dropped,
    long records,
    long linked,
    long persons,
    long added,
    long updated,
    long merged,
    long split,
    long removed,
    long sharedIdentifiers,
    Duration elapsed,
    Path rejectsFile) {

  static BuildSummary of(BuildCounters c, Duration elapsed, Path rejectsFile) {
    return new BuildSummary(
        c.read,
        c.rejected,
        c.rejectedItems,
        c.kept,
        c.dropped,
        c.records,
        c.linked,
        c.persons,
        c.added,
        c.updated,
        c.merged,
        c.split,
        c.removed,
        c.sharedIdentifiers,
        elapsed,
        rejectsFile);
  }
}
