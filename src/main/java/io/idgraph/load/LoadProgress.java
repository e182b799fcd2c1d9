package io.idgraph.load;

/** Told as a load goes on: bytes read of the input, and persons stored so far. */
@FunctionalInterface
public interface LoadProgress {
  LoadProgress NONE = (bytes, persons) -> {};

  void update(long bytesRead, long personsStored);
}
