package io.idgraph.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hidden persons in the data dir: {@code privacy/hidden}, appended one change a line ({@code optout
 * ID}, {@code optin ID}, {@code deleted ID}) and replayed in order. Every check first reads what
 * other processes appended since (a stat when nothing changed), so a CLI opt-out reaches a running
 * server on its next call.
 */
final class DataDirHiddenPersons implements HiddenPersons {
  private final AppendOnlyLines log;
  private final Set<Long> optedOut = new HashSet<>();
  private final Set<Long> deleted = new HashSet<>();

  DataDirHiddenPersons(Path dir) {
    this.log = new AppendOnlyLines(dir.resolve("hidden"));
    refresh();
  }

  private synchronized void refresh() {
    for (String line : log.readNew()) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(line.substring(space + 1).trim());
      } catch (NumberFormatException e) {
        continue;
      }
      switch (line.substring(0, space)) {
        case "optout" -> optedOut.add(id);
        case "optin" -> optedOut.remove(id);
        case "deleted" -> deleted.add(id);
        default -> {
          // a change this version does not know; ignored
        }
      }
    }
  }

  @Override
  public synchronized boolean isHidden(long personId) {
    refresh();
    return optedOut.contains(personId) || deleted.contains(personId);
  }

  @Override
  public synchronized boolean isOptedOut(long personId) {
    refresh();
    return optedOut.contains(personId);
  }

  @Override
  public synchronized boolean isDeleted(long personId) {
    refresh();
    return deleted.contains(personId);
  }

  @Override
  public synchronized Set<Long> hiddenAmong(long[] personIds) {
    refresh();
    return HiddenPersons.among(personIds, optedOut, deleted);
  }

  @Override
  public synchronized void optOut(Collection<Long> personIds) {
    append("optout", personIds);
  }

  @Override
  public synchronized void optIn(Collection<Long> personIds) {
    append("optin", personIds);
  }

  @Override
  public synchronized void markDeleted(Collection<Long> personIds) {
    append("deleted", personIds);
  }

  private void append(String change, Collection<Long> personIds) {
    List<String> lines = new ArrayList<>(personIds.size());
    personIds.forEach(id -> lines.add(change + " " + id));
    log.append(lines);
    refresh();
  }
}
