package io.idgraph.enrich;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.resolve.IdentifierGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the identifiers of an uploaded CSV into resolve groups, with the same column binding as row
 * enrichment ({@link ColumnGuesser}): several email or phone columns each give a value, address
 * columns are joined into one address. Empty cells are skipped. The values are held in memory (the
 * resolver takes lists); the file is read once, streaming.
 */
public final class CsvIdentifiers {
  /** The most identifier values one call reads from a csv (they are held in memory). */
  public static final int MAX_VALUES = 1_000_000;

  /** Longest cell read, in characters: an identifier column holds short values. */
  private static final int MAX_FIELD_CHARS = 1 << 16;

  private record Key(IdType type, HashType hash) {}

  private CsvIdentifiers() {}

  /** Opens a csv's bytes. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /** The identifier groups of the csv's {@code lookups} columns (one group per type and hash). */
  public static List<IdentifierGroup> read(Source csv, List<LookupColumn> lookups) {
    try (CsvReader reader = new CsvReader(csv.open(), MAX_FIELD_CHARS)) {
      CsvRecord first = reader.next();
      if (first == null) {
        throw IdgraphException.invalid("the csv is empty; upload a file with a header line");
      }
      List<CsvRecord> sample = new ArrayList<>();
      for (CsvRecord r; sample.size() < RowEnricher.SAMPLE_ROWS && (r = reader.next()) != null; ) {
        sample.add(r);
      }
      List<ColumnBinding> bindings = ColumnGuesser.bind(first.fields(), lookups, sample);
      Map<Key, List<String>> values = new LinkedHashMap<>();
      bindings.forEach(b -> values.computeIfAbsent(keyOf(b), k -> new ArrayList<>()));
      int total = 0;
      for (CsvRecord row : sample) {
        total += collect(row, bindings, values);
      }
      for (CsvRecord row; (row = reader.next()) != null; ) {
        total += collect(row, bindings, values);
        if (total > MAX_VALUES) {
          throw new IdgraphException(
              ErrorCode.LIMIT_EXCEEDED,
              "the csv holds more than "
                  + MAX_VALUES
                  + " identifier values in its lookup_columns; split it into smaller uploads, or"
                  + " use resolve_and_enrich_rows, which streams rows of any number");
        }
      }
      List<IdentifierGroup> groups = new ArrayList<>();
      values.forEach((key, list) -> groups.add(new IdentifierGroup(key.type(), key.hash(), list)));
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Key keyOf(ColumnBinding binding) {
    return new Key(binding.type(), binding.hash());
  }

  /** Adds the row's values; returns how many. */
  private static int collect(
      CsvRecord row, List<ColumnBinding> bindings, Map<Key, List<String>> values) {
    int added = 0;
    for (ColumnBinding binding : bindings) {
      String value = binding.value(row.fields());
      if (value != null) {
        values.get(keyOf(binding)).add(value.strip());
        added++;
      }
    }
    return added;
  }
}
