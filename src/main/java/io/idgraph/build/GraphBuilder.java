package io.idgraph.build;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.graph.PersonLineage;
import io.idgraph.load.RejectsWriter;
import io.idgraph.privacy.Suppression;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.PersonWrite;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code idgraph build}: reads sources into per-source state, links every record built so far,
 * assigns stable person ids, and writes through the store only the persons that changed. Memory
 * holds primitive arrays per record and key, and one bucket of records at a time: records are
 * spilled to bucket files by person before persons are assembled.
 */
public final class GraphBuilder {
  private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final int RECORDS_PER_BUCKET = 100_000;

  /** A source: its name and its files (CSV or JSONL). */
  public record Source(String name, List<Path> files) {
    public Source {
      if (name == null || !SOURCE_NAME.matcher(name).matches()) {
        throw IdgraphException.invalid(
            "a source name must be 1 to 64 letters, digits, '-' or '_', got '" + name + "'");
      }
      files = List.copyOf(files);
    }
  }

  /** Build options: --snapshot, --map entries, and where rejects go. */
  public record Options(boolean snapshot, List<String> maps, Path rejectsFile) {}

  /** Progress of a build: a phase with its total, then how much of it is done. */
  public interface Progress {
    void phase(String name, long total);

    void update(long done);
  }

  private final IdentityStore store;
  private final BuildState state;
  private final Suppression suppression;

  public GraphBuilder(IdentityStore store, Path buildDir) {
    this(store, buildDir, Suppression.none());
  }

  /** A builder that never links or stores a suppressed identifier (rejected as suppressed). */
  public GraphBuilder(IdentityStore store, Path buildDir, Suppression suppression) {
    this.store = store;
    this.state = new BuildState(buildDir);
    this.suppression = suppression;
  }

  public BuildSummary build(List<Source> sources, Options options, Progress progress) {
    long start = System.nanoTime();
    List<ColumnMapping> maps = options.maps().stream().map(ColumnMapping::parse).toList();
    for (Source s : sources) {
      for (Path f : s.files()) {
        if (!Files.isReadable(f)) {
          throw IdgraphException.invalid("cannot read " + f + ": no such file");
        }
      }
    }
    BuildCounters counters = new BuildCounters();
    Path tmp = state.dir().resolve("tmp");
    try (RejectsWriter rejects = new RejectsWriter(options.rejectsFile())) {
      requireMappedColumns(maps, sources);
      PrivateFiles.createDirectories(state.dir());
      deleteTree(tmp);
      PrivateFiles.createDirectories(tmp);
      Map<String, Path> current =
          ingest(sources, options.snapshot(), maps, rejects, counters, tmp, progress);
      Map<String, Path> rewritten =
          new PersonsPass(store, state, counters, progress).run(current, tmp);
      rewritten.forEach((name, file) -> BuildState.move(file, state.records(name)));
      deleteTree(tmp);
      suppression.flushHits();
      return BuildSummary.of(
          counters, Duration.ofNanos(System.nanoTime() - start), rejects.fileIfWritten());
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "build failed: " + e.getMessage(), e);
    }
  }

  private Map<String, Path> ingest(
      List<Source> sources,
      boolean snapshot,
      List<ColumnMapping> maps,
      RejectsWriter rejects,
      BuildCounters counters,
      Path tmp,
      Progress progress)
      throws IOException {
    long total = 0;
    for (Source s : sources) {
      for (Path f : s.files()) {
        total += Files.size(f);
      }
    }
    progress.phase("read", total);
    long[] done = {0};
    SourceIngest ingest =
        new SourceIngest(
            maps,
            rejects,
            counters,
            bytes -> {
              done[0] += bytes;
              progress.update(done[0]);
            },
            suppression);
    Map<String, Path> current = new TreeMap<>();
    for (String name : state.sources()) {
      current.put(name, state.records(name));
    }
    Set<String> named = new HashSet<>();
    sources.forEach(s -> named.add(s.name()));
    for (Map.Entry<String, Path> e : current.entrySet()) {
      if (!named.contains(e.getKey()) && Files.exists(e.getValue())) {
        Path target = tmp.resolve("kept-" + e.getKey() + ".jsonl");
        ingest.refilter(e.getValue(), target);
        e.setValue(target);
      }
    }
    for (Source s : sources) {
      Path target = tmp.resolve("ingest-" + s.name() + ".jsonl");
      ingest.ingest(s, current.get(s.name()), target, snapshot);
      current.put(s.name(), target);
    }
    return current;
  }

  /** Fails when a --map names a column that none of the files has (a typo, most likely). */
  private static void requireMappedColumns(List<ColumnMapping> maps, List<Source> sources)
      throws IOException {
    if (maps.isEmpty()) {
      return;
    }
    Set<String> columns = new LinkedHashSet<>();
    for (Source s : sources) {
      for (Path f : s.files()) {
        try (SourceFile in = SourceFile.open(f)) {
          in.header().forEach(h -> columns.add(h.strip().toLowerCase(Locale.ROOT)));
        }
      }
    }
    for (ColumnMapping map : maps) {
      if (!columns.contains(map.column().strip().toLowerCase(Locale.ROOT))) {
        throw IdgraphException.invalid(
            "--map names column '"
                + map.column()
                + "', which none of the files has; their columns: "
                + String.join(", ", columns));
      }
    }
  }

  static long digest(PersonWrite write, PersonLineage lineage) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Json.MAPPER.writeValueAsBytes(write.person()));
      sha.update(Json.MAPPER.writeValueAsBytes(lineage));
      byte[] d = sha.digest();
      long out = 0;
      for (int i = 0; i < 8; i++) {
        out = out << 8 | (d[i] & 0xFF);
      }
      return out == 0 ? 1 : out;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  static BufferedReader reader(Path file) throws IOException {
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  static long[] grow(long[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
  }
}
