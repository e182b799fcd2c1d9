package io.idgraph.load;

/**
 * Told as a load goes on: bytes read of the input, and persons stored so far; in a bulk load (into
 * an empty store) persons read so far, all stored together when the load ends.
 */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (bytes, persons) -> {};

  void update(long bytesRead, long personsStored);

  /**
   * Told after the input is read, when a bulk load sorts and writes what it read: {@code done} of
   * {@code total} records written.
   */
  default void storing(long done, long total) {}
}
