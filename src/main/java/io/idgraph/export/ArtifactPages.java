package io.idgraph.export;

import io.idgraph.graph.Echo;
import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.csv.CsvWriter;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one page of rows ({@code ?offset=&limit=&format=}) from a workflow file without loading the
 * file: CSV files as csv, json or jsonl (objects keyed by the header); JSON and JSONL files as json
 * or jsonl.
 */
public final class ArtifactPages {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 1000;

  private static final ObjectReader IN_STREAM =
      Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ArtifactPages() {}

  /** The page a resource uri's query asks for. */
  public record PageQuery(long offset, int limit, ExportFormat format) {}

  /** Parses {@code offset=&limit=&format=}; the format defaults to the file's own. */
  public static PageQuery parseQuery(String query, ExportFormat fileFormat) {
    long offset = 0;
    int limit = DEFAULT_LIMIT;
    ExportFormat format = fileFormat;
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        switch (name) {
          case "offset" -> offset = number(name, value, Long.MAX_VALUE);
          case "limit" -> limit = (int) number(name, value, MAX_LIMIT);
          case "format" ->
              format =
                  ExportFormat.fromWire(value)
                      .orElseThrow(
                          () ->
                              IdgraphException.invalid(
                                  "format must be csv, json or jsonl; got " + Echo.quoted(value)));
          default ->
              throw IdgraphException.invalid(
                  "a resource uri takes only offset, limit and format after '?'; got "
                      + Echo.quoted(name));
        }
      }
    }
    if (limit < 1) {
      throw IdgraphException.invalid("limit must be between 1 and " + MAX_LIMIT + "; got " + limit);
    }
    if (fileFormat != ExportFormat.CSV && format == ExportFormat.CSV) {
      throw IdgraphException.invalid(
          "format csv is available for csv files only; use json or jsonl for this file");
    }
    return new PageQuery(offset, limit, format);
  }

  private static long number(String name, String value, long max) {
    try {
      long n = Long.parseLong(value);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw IdgraphException.invalid(
        name + " must be a whole number from 0 to " + max + "; got " + Echo.quoted(value));
  }

  public static ArtifactPage read(StoredFile file, PageQuery query) {
    ExportFormat source = fileFormat(file.uri());
    try {
      return switch (source) {
        case CSV -> readCsv(file, query);
        case JSONL -> readJsonLines(file, query);
        case JSON -> readJsonArray(file, query);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The format of a file by its extension; uploads without one are read as CSV. */
  public static ExportFormat fileFormat(ResourceUri uri) {
    return ExportFormat.ofFilename(uri.filename()).orElse(ExportFormat.CSV);
  }

  private static ArtifactPage readCsv(StoredFile file, PageQuery query) throws IOException {
    try (CsvReader reader = new CsvReader(Files.newInputStream(file.path()))) {
      CsvRecord first = reader.next();
      if (first == null) {
        return page(List.of(), query, false, List.of());
      }
      List<String> header = first.fields();
      for (long i = 0; i < query.offset(); i++) {
        if (reader.next() == null) {
          return page(List.of(), query, false, header);
        }
      }
      List<List<String>> rows = new ArrayList<>();
      CsvRecord row = null;
      while (rows.size() < query.limit() && (row = reader.next()) != null) {
        rows.add(row.fields());
      }
      boolean more = row != null && reader.next() != null;
      if (query.format() == ExportFormat.CSV) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.record(header);
        rows.forEach(csv::record);
        return new ArtifactPage(
            out.toString(),
            query.format().contentType(),
            rows.size(),
            next(query, rows.size(), more));
      }
      List<Object> objects = new ArrayList<>(rows.size());
      for (List<String> r : rows) {
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          object.put(header.get(i), i < r.size() ? r.get(i) : "");
        }
        objects.add(object);
      }
      return page(objects, query, more, header);
    }
  }

  private static ArtifactPage readJsonLines(StoredFile file, PageQuery query) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
      for (long i = 0; i < query.offset(); i++) {
        if (reader.readLine() == null) {
          return page(List.of(), query, false, null);
        }
      }
      List<Object> objects = new ArrayList<>();
      String line = null;
      while (objects.size() < query.limit() && (line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          objects.add(Json.MAPPER.readTree(line));
        }
      }
      boolean more = line != null && reader.readLine() != null;
      return page(objects, query, more, null);
    }
  }

  private static ArtifactPage readJsonArray(StoredFile file, PageQuery query) throws IOException {
    try (InputStream in = Files.newInputStream(file.path());
        JsonParser parser = Json.MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw IdgraphException.invalid("the file is not a json array");
      }
      long index = 0;
      List<Object> objects = new ArrayList<>();
      boolean more = false;
      for (JsonToken t; (t = parser.nextToken()) != JsonToken.END_ARRAY && t != null; index++) {
        if (index < query.offset()) {
          parser.skipChildren();
        } else if (objects.size() < query.limit()) {
          objects.add(IN_STREAM.readTree(parser));
        } else {
          more = true;
          break;
        }
      }
      return page(objects, query, more, null);
    }
  }

  private static ArtifactPage page(
      List<Object> objects, PageQuery query, boolean more, List<String> header) throws IOException {
    Long next = next(query, objects.size(), more);
    if (query.format() == ExportFormat.CSV) {
      StringWriter out = new StringWriter();
      if (header != null && !header.isEmpty()) {
        new CsvWriter(out).record(header);
      }
      return new ArtifactPage(out.toString(), query.format().contentType(), 0, next);
    }
    StringBuilder text = new StringBuilder();
    if (query.format() == ExportFormat.JSON) {
      text.append(Json.MAPPER.writeValueAsString(objects));
    } else {
      for (Object o : objects) {
        text.append(Json.MAPPER.writeValueAsString(o)).append('\n');
      }
    }
    return new ArtifactPage(text.toString(), query.format().contentType(), objects.size(), next);
  }

  private static Long next(PageQuery query, int returned, boolean more) {
    return more ? query.offset() + returned : null;
  }
}
