package io.idgraph.build;

/** What a build counts as it goes; becomes the {@link BuildSummary}. */
final class BuildCounters {
  long read;
  long rejected;
  long rejectedItems;
  long kept;
  long dropped;
  long records;
  long linked;
  long persons;
  long added;
  long updated;
  long merged;
  long split;
  long removed;
  long sharedIdentifiers;
}
