package io.idgraph.export;

import io.idgraph.graph.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;

/**
 * JSON: one array with one object a line ({@code array}), or JSON lines: one object a line. The
 * objects are the inline result objects, written with {@link Json#MAPPER}.
 */
final class JsonExportWriter<T> extends ExportWriter<T> {
  private static final byte[] NEWLINE = {'\n'};
  private final OutputStream out;
  private final boolean array;
  private boolean first = true;

  JsonExportWriter(OutputStream out, boolean array) throws IOException {
    this.out = new BufferedOutputStream(out, 1 << 16);
    this.array = array;
    if (array) {
      this.out.write('[');
    }
  }

  @Override
  void writeRow(T row) throws IOException {
    if (array) {
      out.write(first ? NEWLINE : new byte[] {',', '\n'});
    }
    first = false;
    try {
      out.write(Json.MAPPER.writeValueAsBytes(row));
    } catch (JacksonException e) {
      throw new IOException("cannot write a row as json", e);
    }
    if (!array) {
      out.write(NEWLINE);
    }
  }

  @Override
  public void close() throws IOException {
    try (out) {
      if (array) {
        out.write(first ? new byte[] {']', '\n'} : new byte[] {'\n', ']', '\n'});
      }
    }
  }
}
