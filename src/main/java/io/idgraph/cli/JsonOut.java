package io.idgraph.cli;

import io.idgraph.graph.Json;

/** JSON on stdout: JSON Lines for records that a command lists, pretty JSON for one document. */
final class JsonOut {
  private JsonOut() {}

  /** Prints each record as one line of JSON. */
  static void lines(Iterable<?> records) {
    for (Object record : records) {
      line(record);
    }
  }

  /** Prints one record as one line of JSON. */
  static void line(Object record) {
    System.out.println(Json.MAPPER.writeValueAsString(record));
  }

  /** Prints one document as indented JSON. */
  static void pretty(Object document) {
    System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document));
  }
}
