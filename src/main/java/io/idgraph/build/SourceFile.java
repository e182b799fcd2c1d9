package io.idgraph.build;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.load.BoundedLineReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Rows of one source file, CSV (the shared reader: BOM, quotes, line breaks in fields, ragged rows)
 * or JSONL (a {@code .jsonl}, {@code .ndjson} or {@code .json} file: one object a line, its keys
 * the columns; an object's fields become columns of their own, an array's items columns {@code
 * key}, {@code key_2}, ...). The first rows are read ahead as a sample for header guessing.
 */
final class SourceFile implements Closeable {
  static final int SAMPLE_ROWS = 100;
  private static final int MAX_ARRAY_ITEMS = 5;

  /** One row: its line and its fields by header position; {@code error} set for a bad line. */
  record Row(long line, List<String> fields, String raw, String error) {}

  private final InputStream in;
  private final CsvReader csv;
  private final BoundedLineReader jsonl;
  private final List<String> header;
  private final Deque<Row> ahead = new ArrayDeque<>();
  private long jsonLine;

  private SourceFile(Path file) throws IOException {
    this.in = Files.newInputStream(file);
    if (isJsonl(file)) {
      csv = null;
      jsonl = new BoundedLineReader(in, 1 << 20);
      Map<String, Integer> columns = new LinkedHashMap<>();
      List<Map<String, String>> objects = new ArrayList<>();
      while (objects.size() < SAMPLE_ROWS && nextJson(columns, objects) != null) {
        // sampling: rows wait in ahead until the header is known
      }
      header = List.copyOf(columns.keySet());
      fillSample(columns, objects);
    } else {
      jsonl = null;
      csv = new CsvReader(in);
      CsvRecord first = csv.next();
      header = first == null ? List.of() : first.fields();
      CsvRecord r;
      while (ahead.size() < SAMPLE_ROWS && (r = csv.next()) != null) {
        ahead.add(new Row(r.line(), r.fields(), null, null));
      }
    }
  }

  static SourceFile open(Path file) {
    try {
      return new SourceFile(file);
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static boolean isJsonl(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  List<String> header() {
    return header;
  }

  /** The sample rows read ahead, as CSV records for the column guesser. */
  List<CsvRecord> sample() {
    List<CsvRecord> out = new ArrayList<>();
    for (Row r : ahead) {
      if (r.error() == null) {
        out.add(new CsvRecord(r.line(), r.fields()));
      }
    }
    return out;
  }

  long bytesRead() {
    return csv != null ? csv.bytesRead() : jsonl.linesBytes();
  }

  /** The next row, or null at the end. */
  Row next() throws IOException {
    if (!ahead.isEmpty()) {
      return ahead.poll();
    }
    if (csv != null) {
      CsvRecord r = csv.next();
      return r == null ? null : new Row(r.line(), r.fields(), null, null);
    }
    return nextJson(null, null);
  }

  /**
   * Reads the next JSONL row. While sampling ({@code columns} not null) new keys become columns and
   * rows wait in {@code ahead}; afterwards keys outside the header are ignored.
   */
  private Row nextJson(Map<String, Integer> columns, List<Map<String, String>> objects)
      throws IOException {
    String line;
    do {
      line = jsonl.readLine();
      jsonLine++;
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long lineNo = jsonLine;
    Map<String, String> values;
    String error = null;
    @SuppressWarnings("ReferenceEquality") // TOO_LONG is a sentinel instance
    boolean tooLong = line == BoundedLineReader.TOO_LONG;
    if (tooLong) {
      values = Map.of();
      error = "line is longer than 1 MiB";
      line = "";
    } else {
      values = new LinkedHashMap<>();
      error = flatten(line, values);
    }
    if (columns != null) {
      values.keySet().forEach(k -> columns.putIfAbsent(k, columns.size()));
      objects.add(values);
      ahead.add(new Row(lineNo, null, error == null ? null : line, error));
      return ahead.peekLast();
    }
    return toRow(lineNo, values, line, error);
  }

  private void fillSample(Map<String, Integer> columns, List<Map<String, String>> objects) {
    List<Row> rows = new ArrayList<>(ahead);
    ahead.clear();
    List<String> names = List.copyOf(columns.keySet());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      ahead.add(toRow(r.line(), objects.get(i), r.raw(), r.error(), names));
    }
  }

  private Row toRow(long line, Map<String, String> values, String raw, String error) {
    return toRow(line, values, raw, error, header);
  }

  private static Row toRow(
      long line, Map<String, String> values, String raw, String error, List<String> names) {
    List<String> fields = new ArrayList<>(names.size());
    for (String name : names) {
      fields.add(values.get(name));
    }
    return new Row(line, fields, error == null ? null : raw, error);
  }

  /** Flattens one JSON object into column values; the error, or null. */
  private static String flatten(String line, Map<String, String> out) {
    try {
      JsonNode root = Json.MAPPER.readTree(line);
      if (root == null || !root.isObject()) {
        return "line is not a JSON object";
      }
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        JsonNode v = e.getValue();
        if (v.isObject()) {
          for (Map.Entry<String, JsonNode> inner : v.properties()) {
            putScalar(out, inner.getKey(), inner.getValue());
          }
        } else if (v.isArray()) {
          for (int i = 0; i < Math.min(v.size(), MAX_ARRAY_ITEMS); i++) {
            putScalar(out, i == 0 ? e.getKey() : e.getKey() + "_" + (i + 1), v.get(i));
          }
        } else {
          putScalar(out, e.getKey(), v);
        }
      }
      return null;
    } catch (JacksonException e) {
      return "invalid JSON: " + e.getOriginalMessage();
    }
  }

  private static void putScalar(Map<String, String> out, String key, JsonNode v) {
    if (v.isValueNode() && !v.isNull()) {
      out.putIfAbsent(key, v.asString());
    } else if (v.isObject() && v.has("value") && v.get("value").isValueNode()) {
      out.putIfAbsent(key, v.get("value").asString());
    }
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
    in.close();
  }
}
