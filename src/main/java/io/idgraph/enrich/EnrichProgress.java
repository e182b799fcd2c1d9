package io.idgraph.enrich;

/** Told after each block: input bytes read so far and rows done. */
@FunctionalInterface
public interface EnrichProgress {
  EnrichProgress NONE = (bytes, rows) -> {};

  void update(long bytesRead, long rows);
}
