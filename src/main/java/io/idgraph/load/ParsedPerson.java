package io.idgraph.load;

import io.idgraph.store.PersonWrite;
import java.util.List;

/**
 * The outcome of one graph-file line: what to store (null when the whole line is rejected), what
 * was rejected (the line, or single identifiers and attributes of it), and the line's text when
 * anything was rejected (for the rejects file; empty otherwise).
 */
record ParsedPerson(long lineNumber, PersonWrite write, List<String> rejects, String raw) {
  boolean lineRejected() {
    return write == null;
  }
}
