package io.idgraph.cli;

import io.idgraph.load.LoadProgress;

/**
 * The progress of one file's load on stderr: a bar for reading the file, then, when a bulk load
 * sorts and writes what it read, a second bar for that.
 */
final class LoadBars implements LoadProgress {
  private final String name;
  private final ProgressBar reading;
  private ProgressBar storing;
  private long personsRead;

  LoadBars(String name, long fileBytes) {
    this.name = name;
    this.reading = new ProgressBar("load " + name, fileBytes);
  }

  @Override
  public void update(long bytesRead, long personsStored) {
    personsRead = personsStored;
    reading.update(bytesRead, ProgressBar.count(personsStored, "persons"));
  }

  @Override
  public void storing(long done, long total) {
    if (storing == null) {
      reading.finish(ProgressBar.count(personsRead, "persons"));
      storing = new ProgressBar("sort and write " + name, total);
    }
    storing.update(done, ProgressBar.count(done, "records"));
  }

  /** Ends the bar still open, saying how many persons the load stored. */
  void finish(long persons) {
    if (storing != null) {
      storing.finish(ProgressBar.count(persons, "persons"));
    } else {
      reading.finish(ProgressBar.count(persons, "persons"));
    }
  }
}
