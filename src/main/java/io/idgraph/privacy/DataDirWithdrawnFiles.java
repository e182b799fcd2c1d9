package io.idgraph.privacy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Withdrawn files in the data dir: {@code privacy/withdrawn}, one resource uri a line. */
final class DataDirWithdrawnFiles implements WithdrawnFiles {
  private final AppendOnlyLines log;
  private final Set<String> known = new HashSet<>();

  DataDirWithdrawnFiles(Path dir) {
    this.log = new AppendOnlyLines(dir.resolve("withdrawn"));
  }

  @Override
  public synchronized boolean isWithdrawn(String resourceUri) {
    known.addAll(log.readNew());
    return known.contains(resourceUri);
  }

  @Override
  public synchronized void addAll(Collection<String> resourceUris) {
    log.append(List.copyOf(resourceUris));
  }
}
