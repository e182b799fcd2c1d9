package io.idgraph.build;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.Json;
import io.idgraph.load.RejectsWriter;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.Suppression;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one source's files into its new state file: each row parsed and normalized, keeping the
 * person id its record had; records of the old state that the files no longer hold are kept, or
 * dropped with {@code --snapshot}.
 */
final class SourceIngest {
  private final RecordParser parser;
  private final Suppression suppression;
  private final List<ColumnMapping> maps;
  private final RejectsWriter rejects;
  private final BuildCounters counters;
  private final ByteProgress progress;

  /** Progress in bytes of all input files. */
  interface ByteProgress {
    void advance(long bytes);
  }

  SourceIngest(
      List<ColumnMapping> maps,
      RejectsWriter rejects,
      BuildCounters counters,
      ByteProgress progress,
      Suppression suppression) {
    this.parser = new RecordParser(new IdentifierNormalizer(), suppression);
    this.suppression = suppression;
    this.maps = maps;
    this.rejects = rejects;
    this.counters = counters;
    this.progress = progress;
  }

  /** Writes the source's records to {@code target}; {@code old} is its previous state, if any. */
  void ingest(GraphBuilder.Source source, Path old, Path target, boolean snapshot)
      throws IOException {
    Map<String, Long> previousIds = previousIds(old);
    Set<String> seen = new HashSet<>();
    PrivateFiles.createDirectories(target.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (Path file : source.files()) {
        readFile(source.name(), file, previousIds, seen, out);
      }
      if (old != null && Files.exists(old)) {
        keepOld(old, seen, snapshot, out);
      }
    }
  }

  private void readFile(
      String source, Path file, Map<String, Long> previousIds, Set<String> seen, BufferedWriter out)
      throws IOException {
    String fileTime = Files.getLastModifiedTime(file).toInstant().toString();
    try (SourceFile in = SourceFile.open(file)) {
      RecordLayout layout = RecordLayout.of(in.header(), in.sample(), maps);
      layout.requireIdentifiers(file.toString());
      long lastBytes = 0;
      SourceFile.Row row;
      while ((row = in.next()) != null) {
        counters.read++;
        String where = source + " " + file.getFileName() + ": ";
        if (row.error() != null) {
          counters.rejected++;
          rejects.write(row.line(), where + row.error(), row.raw());
          continue;
        }
        RecordParser.Parsed parsed =
            parser.parse(source, layout, row.line(), row.fields(), fileTime);
        SourceRecord r = parsed.record();
        if (r != null && !seen.add(r.recordId())) {
          parsed =
              new RecordParser.Parsed(
                  null,
                  List.of(
                      "record id '"
                          + r.recordId()
                          + "' appears twice in source "
                          + source
                          + "; record ids must be unique"));
          r = null;
        }
        if (r == null) {
          counters.rejected++;
        } else {
          counters.rejectedItems += parsed.rejects().size();
          out.write(
              Json.MAPPER.writeValueAsString(
                  r.withPersonId(previousIds.getOrDefault(r.recordId(), 0L))));
          out.write('\n');
        }
        // a suppressed identifier is not copied into the rejects file with its row
        String raw = parsed.suppressed() ? "" : String.join(",", row.fields());
        for (String reason : parsed.rejects()) {
          rejects.write(row.line(), where + reason, raw);
        }
        if (counters.read % 1000 == 0) {
          progress.advance(in.bytesRead() - lastBytes);
          lastBytes = in.bytesRead();
        }
      }
      progress.advance(in.bytesRead() - lastBytes);
    }
  }

  private void keepOld(Path old, Set<String> seen, boolean snapshot, BufferedWriter out)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(old, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
        if (seen.contains(r.recordId())) {
          continue;
        }
        SourceRecord unsuppressed = withoutSuppressed(r);
        if (snapshot || unsuppressed == null) {
          counters.dropped++;
        } else {
          counters.kept++;
          boolean unchanged = unsuppressed.identifiers().size() == r.identifiers().size();
          out.write(unchanged ? line : Json.MAPPER.writeValueAsString(unsuppressed));
          out.write('\n');
        }
      }
    }
  }

  /**
   * Writes a source's earlier records to {@code target} without what was suppressed since (a source
   * not named in this build still loses a deleted person's identifiers).
   */
  void refilter(Path old, Path target) throws IOException {
    PrivateFiles.createDirectories(target.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      keepOld(old, Set.of(), false, out);
    }
  }

  /** The record without suppressed identifiers; null when none is left (the record goes). */
  private SourceRecord withoutSuppressed(SourceRecord r) {
    List<RecordIdentifier> kept = new ArrayList<>(r.identifiers().size());
    for (RecordIdentifier id : r.identifiers()) {
      if (!suppression.isSuppressed(id.normalized())) {
        kept.add(id);
      }
    }
    if (kept.size() == r.identifiers().size()) {
      return r;
    }
    return kept.isEmpty()
        ? null
        : new SourceRecord(
            r.source(),
            r.recordId(),
            r.firstName(),
            r.lastName(),
            r.updatedAt(),
            kept,
            r.attributes(),
            r.personId());
  }

  private static Map<String, Long> previousIds(Path old) throws IOException {
    Map<String, Long> ids = new HashMap<>();
    if (old == null || !Files.exists(old)) {
      return ids;
    }
    try (BufferedReader in = Files.newBufferedReader(old, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
        if (r.personId() != 0) {
          ids.put(r.recordId(), r.personId());
        }
      }
    }
    return ids;
  }
}
