package io.idgraph.export;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.csv.CsvWriter;
import io.idgraph.graph.Echo;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    return read(file, query, ExportOptions.DEFAULT_MAX_PAGE_BYTES);
  }

  /**
   * Reads a page holding at most about {@code maxBytes} of text: a page that would be larger ends
   * early, with a next offset; a single row larger than that is refused with a message that says
   * how to get the file.
   */
  public static ArtifactPage read(StoredFile file, PageQuery query, long maxBytes) {
    ExportFormat source = fileFormat(file.uri());
    PageText text = new PageText(query, maxBytes);
    try {
      return switch (source) {
        case CSV -> readCsv(file, query, text);
        case JSONL -> readJsonLines(file, query, text);
        case JSON -> readJsonArray(file, query, text);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IdgraphException e) {
      if (e.code() == ErrorCode.LIMIT_EXCEEDED) {
        throw text.rowTooLarge(e.getMessage());
      }
      throw e;
    }
  }

  /** The format of a file by its extension; uploads without one are read as CSV. */
  public static ExportFormat fileFormat(ResourceUri uri) {
    return ExportFormat.ofFilename(uri.filename()).orElse(ExportFormat.CSV);
  }

  private static ArtifactPage readCsv(StoredFile file, PageQuery query, PageText text)
      throws IOException {
    try (CsvReader reader =
        new CsvReader(file.open(), CsvReader.DEFAULT_MAX_FIELD, text.maxBytes())) {
      CsvRecord first = reader.next();
      if (first == null) {
        return text.page(false);
      }
      List<String> header = first.fields();
      if (query.format() == ExportFormat.CSV) {
        text.csvHeader(header);
      }
      for (long i = 0; i < query.offset(); i++) {
        if (reader.next() == null) {
          return text.page(false);
        }
      }
      CsvRecord row;
      while ((row = reader.next()) != null) {
        if (!text.add(row.fields(), header)) {
          return text.page(true);
        }
      }
      return text.page(false);
    }
  }

  private static ArtifactPage readJsonLines(StoredFile file, PageQuery query, PageText text)
      throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new BoundedLines(file.open(), text.maxBytes()), StandardCharsets.UTF_8))) {
      for (long i = 0; i < query.offset(); i++) {
        if (reader.readLine() == null) {
          return text.page(false);
        }
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !text.add(Json.MAPPER.readTree(line), null)) {
          return text.page(true);
        }
      }
      return text.page(false);
    }
  }

  private static ArtifactPage readJsonArray(StoredFile file, PageQuery query, PageText text)
      throws IOException {
    try (InputStream in = file.open();
        JsonParser parser = Json.MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw IdgraphException.invalid("the file is not a json array");
      }
      long index = 0;
      for (JsonToken t; (t = parser.nextToken()) != JsonToken.END_ARRAY && t != null; index++) {
        if (index < query.offset()) {
          parser.skipChildren();
        } else if (!text.add(IN_STREAM.readTree(parser), null)) {
          return text.page(true);
        }
      }
      return text.page(false);
    }
  }

  /** A file's bytes, refusing a line longer than the limit before it is held in memory. */
  private static final class BoundedLines extends FilterInputStream {
    private final long maxLine;
    private long lineLength;
    private long lineNumber = 1;

    BoundedLines(InputStream in, long maxLine) {
      super(in);
      this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = 0; i < n; i++) {
        count(b[off + i]);
      }
      return n;
    }

    private void count(byte b) {
      if (b == '\n') {
        lineLength = 0;
        lineNumber++;
      } else if (++lineLength > maxLine) {
        throw new IdgraphException(
            ErrorCode.LIMIT_EXCEEDED,
            "line " + lineNumber + " holds more than " + maxLine + " bytes");
      }
    }
  }

  /** The text of a page as it grows, row by row, up to the row limit and the byte limit. */
  private static final class PageText {
    private final PageQuery query;
    private final long maxBytes;
    private final StringBuilder text = new StringBuilder();
    private int rows;

    PageText(PageQuery query, long maxBytes) {
      this.query = query;
      this.maxBytes = maxBytes;
    }

    long maxBytes() {
      return maxBytes;
    }

    void csvHeader(List<String> header) {
      text.append(csvLine(header));
    }

    /**
     * Adds a row (CSV fields with the header, or a JSON value); false when the page is full, so the
     * row belongs to the next page (there is one more row: the page has a next offset).
     */
    boolean add(Object row, List<String> header) {
      if (rows >= query.limit()) {
        return false;
      }
      String line = render(row, header);
      if (text.length() + line.length() + 2 > maxBytes) {
        if (rows == 0) {
          throw rowTooLarge("row " + query.offset() + " alone is larger than a page");
        }
        return false;
      }
      if (query.format() == ExportFormat.JSON) {
        text.append(rows == 0 ? "" : ",");
      }
      text.append(line);
      rows++;
      return true;
    }

    private String render(Object row, List<String> header) {
      if (row instanceof List<?> fields && header != null) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) fields;
        if (query.format() == ExportFormat.CSV) {
          return csvLine(values);
        }
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          object.put(header.get(i), i < values.size() ? values.get(i) : "");
        }
        row = object;
      }
      String json = Json.MAPPER.writeValueAsString(row);
      return query.format() == ExportFormat.JSONL ? json + "\n" : json;
    }

    private static String csvLine(List<String> fields) {
      StringWriter out = new StringWriter();
      new CsvWriter(out).record(fields);
      return out.toString();
    }

    ArtifactPage page(boolean more) {
      String body = query.format() == ExportFormat.JSON ? "[" + text + "]" : text.toString();
      return new ArtifactPage(body, query.format().contentType(), rows, next(query, rows, more));
    }

    IdgraphException rowTooLarge(String what) {
      return new IdgraphException(
          ErrorCode.LIMIT_EXCEEDED,
          what
              + "; a page holds at most "
              + maxBytes
              + " bytes (the server's --max-page-bytes): read fewer rows at a time with"
              + " ?offset=&limit=, or download the whole file with generate_download_url");
    }
  }

  private static Long next(PageQuery query, int returned, boolean more) {
    return more ? query.offset() + returned : null;
  }
}
