package io.idgraph.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers "can the data dir be written right now?" by writing and removing a small file in it, at
 * most once a second however often it is asked.
 */
public final class WriteProbe {
  private static final long RECHECK_NANOS = 1_000_000_000L;
  private static final byte[] PROBE = new byte[512];

  private final Path dir;
  private long checkedAt;
  private boolean checked;
  private Optional<DiskTrouble> trouble = Optional.empty();
  private boolean writable = true;

  public WriteProbe(Path dir) {
    this.dir = dir;
  }

  /** True when a file could be written; see {@link #trouble()} for why not. */
  public synchronized boolean writable() {
    refresh();
    return writable;
  }

  /** The disk trouble found by the last probe, if it recognized one. */
  public synchronized Optional<DiskTrouble> trouble() {
    refresh();
    return trouble;
  }

  private void refresh() {
    long now = System.nanoTime();
    if (checked && now - checkedAt < RECHECK_NANOS) {
      return;
    }
    checked = true;
    checkedAt = now;
    Path probe = dir.resolve(".write-probe-" + ProcessHandle.current().pid());
    try {
      PrivateFiles.createDirectories(dir);
      Files.deleteIfExists(probe);
      PrivateFiles.createFile(probe);
      PrivateFiles.append(probe, PROBE, true);
      writable = true;
      trouble = Optional.empty();
    } catch (IOException e) {
      writable = false;
      trouble = DiskTrouble.of(e);
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException e) {
        // a read-only dir cannot hold the probe in the first place
      }
    }
  }
}
