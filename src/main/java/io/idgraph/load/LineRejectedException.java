package io.idgraph.load;

/** Rejects a whole graph-file line; its message is the reason written to the rejects file. */
final class LineRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LineRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
