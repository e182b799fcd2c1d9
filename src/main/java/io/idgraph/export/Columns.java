package io.idgraph.export;

import java.util.List;

/**
 * How one kind of result row becomes a CSV line: a fixed header, and the fields of a row in header
 * order. JSON formats write the row object itself.
 */
public interface Columns<T> {
  List<String> header();

  List<String> fields(T row);
}
