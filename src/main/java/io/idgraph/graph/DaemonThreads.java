package io.idgraph.graph;

import java.util.concurrent.ThreadFactory;

/** Background threads that never keep the process alive, named for what they do. */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A factory of daemon threads named {@code name} (thread dumps and profiles show it). */
  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
