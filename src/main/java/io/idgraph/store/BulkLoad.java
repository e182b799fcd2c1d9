package io.idgraph.store;

import java.util.List;

/**
 * A load into an empty store. Persons are added in input order (a person added twice keeps its last
 * write, as with upserts) and stored by {@link #commit}: readers see none of them before, and a
 * load that is killed or closed without a commit stores nothing. Writes come from one thread.
 */
public interface BulkLoad extends AutoCloseable {
  void add(List<PersonWrite> batch);

  /** Told as a commit goes on: how much of its work (records written) is done. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long done, long total);
  }

  /** Stores every person added; when this returns they survive a kill and readers find them. */
  default void commit() {
    commit(Progress.NONE);
  }

  /**
   * As {@link #commit()}, telling {@code progress} as it goes (sorting and writing take a while).
   */
  void commit(Progress progress);

  /** Releases what the load holds; after a commit, or to abandon it. */
  @Override
  void close();
}
