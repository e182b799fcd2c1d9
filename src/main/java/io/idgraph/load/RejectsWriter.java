package io.idgraph.load;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes rejects as JSONL ({@code line}, {@code reason}, {@code raw}), creating the file on the
 * first reject only.
 */
public final class RejectsWriter implements AutoCloseable {
  private static final int MAX_RAW_CHARS = 100_000;
  private final Path file;
  private BufferedWriter out;

  public RejectsWriter(Path file) {
    this.file = file;
  }

  public void write(long line, String reason, String raw) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("line", line);
    row.put("reason", reason);
    row.put("raw", raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS));
    try {
      if (out == null) {
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        PrivateFiles.ownerOnly(file);
      }
      out.write(Json.MAPPER.writeValueAsString(row));
      out.write('\n');
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot write the rejects file " + file, e);
    }
  }

  /** The file, or null if nothing was rejected. */
  public Path fileIfWritten() {
    return out == null ? null : file;
  }

  @Override
  public void close() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
