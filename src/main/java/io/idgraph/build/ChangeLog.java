package io.idgraph.build;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The build changelog, {@code <data>/build/changes.jsonl}: one line per person added, updated,
 * merged, split or removed by a build, appended when the build completes.
 */
public final class ChangeLog {
  /**
   * One change.
   *
   * @param at when the build that made it completed
   * @param change added, updated, merged, split or removed
   * @param mergedInto for merged: the surviving person id
   * @param parts for split: the ids of the parts that left this person
   */
  public record Change(
      String at, String change, String personId, String mergedInto, List<String> parts) {}

  private final Path file;

  public ChangeLog(Path buildDir) {
    this.file = buildDir.resolve("changes.jsonl");
  }

  void append(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    try {
      PrivateFiles.createDirectories(file.getParent());
      try (Writer w =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        for (Change c : changes) {
          w.write(Json.MAPPER.writeValueAsString(c));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot write the changelog " + file, e);
    }
  }

  /** Writes the changes at or after {@code since} to {@code out}, one JSON line each; the count. */
  public long copySince(Instant since, Writer out) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        Change c = Json.MAPPER.readValue(line, Change.class);
        if (!Instant.parse(c.at()).isBefore(since)) {
          out.write(line);
          out.write('\n');
          n++;
        }
      }
    }
    return n;
  }

  /** The id {@code personId} was last merged into, or null. */
  String survivorOf(String personId) throws IOException {
    String[] into = {null};
    forEach(
        c -> {
          if ("merged".equals(c.change()) && personId.equals(c.personId())) {
            into[0] = c.mergedInto();
          }
        });
    return into[0];
  }

  /** The ids that were merged into {@code personId}, oldest first. */
  List<String> mergedInto(String personId) throws IOException {
    List<String> out = new ArrayList<>();
    forEach(
        c -> {
          if ("merged".equals(c.change()) && personId.equals(c.mergedInto())) {
            out.add(c.personId());
          }
        });
    return out;
  }

  private void forEach(Consumer<Change> action) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        action.accept(Json.MAPPER.readValue(line, Change.class));
      }
    }
  }

  static Change of(Instant at, String change, long personId) {
    return new Change(at.toString(), change, Long.toString(personId), null, null);
  }
}
