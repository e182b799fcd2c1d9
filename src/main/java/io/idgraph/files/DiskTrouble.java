package io.idgraph.files;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the data dir cannot be written, told apart from other I/O failures: a full disk, a read-only
 * file system, or missing permissions. Messages name the cause and what the operator does about it,
 * never a path.
 */
public enum DiskTrouble {
  FULL("the data dir's disk is full (no space left on device); the operator must free space"),
  READ_ONLY("the data dir is on a read-only file system; the operator must remount it read-write"),
  NOT_PERMITTED(
      "the server may not write in the data dir (permission denied); the operator must fix its"
          + " owner or mode");

  private final String description;

  DiskTrouble(String description) {
    this.description = description;
  }

  /** What is wrong and what to do, for a client or the log. */
  public String description() {
    return description;
  }

  /** A short label for metrics and /healthz: full, read_only, not_permitted. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The disk trouble behind {@code failure} (anywhere in its causes), if that is what it was. */
  public static Optional<DiskTrouble> of(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      if (e instanceof AccessDeniedException) {
        return Optional.of(NOT_PERMITTED);
      }
      if (e instanceof IOException io) {
        String text = io instanceof FileSystemException fs ? fs.getReason() : io.getMessage();
        Optional<DiskTrouble> trouble = fromText(text == null ? io.getMessage() : text);
        if (trouble.isPresent()) {
          return trouble;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DiskTrouble> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("no space left") || t.contains("disk quota exceeded")) {
      return Optional.of(FULL);
    }
    if (t.contains("read-only file system")) {
      return Optional.of(READ_ONLY);
    }
    if (t.contains("permission denied") || t.contains("operation not permitted")) {
      return Optional.of(NOT_PERMITTED);
    }
    return Optional.empty();
  }

  /**
   * The failure to show for {@code doing} (e.g. "write the export"): a STORE_UNAVAILABLE error
   * naming the disk trouble, or a general one when the cause is something else.
   */
  public static IdgraphException failure(String doing, IOException e) {
    String cause =
        of(e)
            .map(DiskTrouble::description)
            .orElse("the data dir could not be written (" + e.getClass().getSimpleName() + ")");
    return new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "cannot " + doing + ": " + cause, e);
  }
}
