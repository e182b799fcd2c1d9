package io.idgraph.export;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.resolve.IdentifierGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the identifiers of an uploaded CSV into resolve groups, by {@link LookupColumns}. Empty
 * cells are skipped. The values are held in memory (the resolver takes lists); the file is read
 * once, streaming.
 */
public final class CsvIdentifiers {
  /** The most identifier values one call reads from a csv (they are held in memory). */
  public static final int MAX_VALUES = 1_000_000;

  /** Longest cell read, in characters: an identifier column holds short values. */
  private static final int MAX_FIELD_CHARS = 1 << 16;

  private CsvIdentifiers() {}

  public static List<IdentifierGroup> read(Path csv, LookupColumns lookup) {
    try (CsvReader reader = new CsvReader(Files.newInputStream(csv), MAX_FIELD_CHARS)) {
      CsvRecord first = reader.next();
      if (first == null) {
        throw IdgraphException.invalid("the csv is empty; upload a file with a header line");
      }
      List<String> header = first.fields();
      Map<IdType, int[]> indexes = new EnumMap<>(IdType.class);
      Map<IdType, List<String>> values = new EnumMap<>(IdType.class);
      for (var entry : lookup.byType().entrySet()) {
        if (!entry.getValue().names().isEmpty()) {
          indexes.put(entry.getKey(), columnIndexes(header, entry.getValue().names()));
          values.put(entry.getKey(), new ArrayList<>());
        }
      }
      int total = 0;
      for (CsvRecord row; (row = reader.next()) != null; ) {
        total += collect(row.fields(), indexes, values);
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
      values.forEach(
          (type, list) ->
              groups.add(new IdentifierGroup(type, hashOf(lookup.byType().get(type)), list)));
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HashType hashOf(LookupColumns.Columns columns) {
    return columns.hashType() == null ? HashType.PLAINTEXT : columns.hashType();
  }

  /** Adds the row's values; returns how many. */
  private static int collect(
      List<String> row, Map<IdType, int[]> indexes, Map<IdType, List<String>> values) {
    int added = 0;
    for (var entry : indexes.entrySet()) {
      int[] columns = entry.getValue();
      List<String> out = values.get(entry.getKey());
      if (entry.getKey() == IdType.ADDRESS) {
        String address = joinedAddress(row, columns);
        if (!address.isEmpty()) {
          out.add(address);
          added++;
        }
      } else {
        for (int column : columns) {
          String cell = column < row.size() ? row.get(column).trim() : "";
          if (!cell.isEmpty()) {
            out.add(cell);
            added++;
          }
        }
      }
    }
    return added;
  }

  /** The non-empty cells of the address columns, joined with ", ". */
  public static String joinedAddress(List<String> row, int[] columns) {
    StringBuilder address = new StringBuilder();
    for (int column : columns) {
      String cell = column < row.size() ? row.get(column).trim() : "";
      if (!cell.isEmpty()) {
        if (!address.isEmpty()) {
          address.append(", ");
        }
        address.append(cell);
      }
    }
    return address.toString();
  }

  /** The positions of {@code names} in the header (exact match, else ignoring case). */
  public static int[] columnIndexes(List<String> header, List<String> names) {
    int[] indexes = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      indexes[i] = indexOf(header, names.get(i));
      if (indexes[i] < 0) {
        throw IdgraphException.invalid(
            "lookup_columns names column "
                + Names.echo(names.get(i))
                + " but the csv header has "
                + String.join(", ", header.subList(0, Math.min(header.size(), 50)))
                + "; use one of those names");
      }
    }
    return indexes;
  }

  private static int indexOf(List<String> header, String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equalsIgnoreCase(name.trim())) {
        return i;
      }
    }
    return -1;
  }
}
