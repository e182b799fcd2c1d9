package io.idgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Named files that live until their expiry, each written whole before anyone sees it and never
 * overwritten. Names are slash-separated ({@code folder/file}); the caller checks them. Reads
 * stream: no implementation holds a whole file in memory.
 */
public interface ExpiringFiles {
  /** A stored file: its name, size and when it expires. */
  record Entry(String name, long sizeBytes, Instant expiresAt) {}

  /** The stored file {@code name}, expired or not (the caller decides); empty when absent. */
  Optional<Entry> find(String name);

  /** The file's bytes, read as they are consumed. */
  InputStream open(Entry entry) throws IOException;

  /**
   * Starts writing file {@code name}, which will live about {@code lifetime} once committed;
   * nothing is visible before {@link Draft#commit}.
   */
  Draft create(String name, Duration lifetime) throws IOException;

  /** Keeps the file until at least {@code until}; returns it with its new expiry. */
  Entry keepUntil(Entry entry, Instant until) throws IOException;

  /** Deletes the file if it is there. */
  void delete(String name);

  /** The names of the files directly in {@code folder}, ascending. */
  List<String> names(String folder);

  /** Deletes every file; returns the names of those deleted. */
  List<String> deleteAll();

  /** Deletes what expired by {@code now} and abandoned drafts; returns how many files. */
  int sweep(Instant now);

  /** A file being written. */
  interface Draft {
    OutputStream out();

    /**
     * Makes the file visible until {@code expiresAt}; empty, and nothing kept, when a file of that
     * name is already there.
     */
    Optional<Entry> commit(Instant expiresAt) throws IOException;

    /** Drops what was written. */
    void abort();
  }
}
