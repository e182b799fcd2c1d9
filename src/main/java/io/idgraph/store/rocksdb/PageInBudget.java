package io.idgraph.store.rocksdb;

/** How much more a page-in of memory-mapped files may touch: until a deadline, up to a size. */
final class PageInBudget {
  private final long deadline;
  private final long maxBytes;
  private long touched;

  /** Until {@code deadline} ({@link System#nanoTime}), at most {@code maxBytes}. */
  PageInBudget(long deadline, long maxBytes) {
    this.deadline = deadline;
    this.maxBytes = maxBytes;
  }

  /** True when {@code bytes} more may be touched now. */
  boolean allows(int bytes) {
    return touched + bytes <= maxBytes && System.nanoTime() < deadline;
  }

  void spend(int bytes) {
    touched += bytes;
  }

  long touched() {
    return touched;
  }
}
