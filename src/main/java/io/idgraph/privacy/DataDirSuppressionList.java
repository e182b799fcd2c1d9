package io.idgraph.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The suppression list in the data dir: {@code privacy/suppressed} (one HMAC a line, appended,
 * never rewritten) and {@code privacy/suppression-hits} (one count a line, appended by each load or
 * build that dropped something). Read whole when opened; entries added by this process are seen at
 * once, entries added by another process from the next {@link #refresh()}.
 */
final class DataDirSuppressionList implements SuppressionList {
  private final AppendOnlyLines entries;
  private final AppendOnlyLines hits;
  private final Set<String> known = new HashSet<>();
  private long hitCount;

  DataDirSuppressionList(Path dir) {
    this.entries = new AppendOnlyLines(dir.resolve("suppressed"));
    this.hits = new AppendOnlyLines(dir.resolve("suppression-hits"));
    refresh();
  }

  synchronized void refresh() {
    known.addAll(entries.readNew());
    for (String line : hits.readNew()) {
      try {
        hitCount += Long.parseLong(line.trim());
      } catch (NumberFormatException e) {
        // a line this version did not write; counts are advisory
      }
    }
  }

  @Override
  public synchronized boolean contains(String hmac) {
    return known.contains(hmac);
  }

  @Override
  public synchronized void addAll(Collection<String> hmacs) {
    refresh();
    List<String> fresh = new ArrayList<>();
    for (String h : hmacs) {
      if (!known.contains(h) && !fresh.contains(h)) {
        fresh.add(h);
      }
    }
    entries.append(fresh);
    refresh();
  }

  @Override
  public synchronized int size() {
    return known.size();
  }

  @Override
  public synchronized void countHits(long count) {
    if (count > 0) {
      hits.append(List.of(Long.toString(count)));
    }
  }

  @Override
  public synchronized long hits() {
    refresh();
    return hitCount;
  }
}
