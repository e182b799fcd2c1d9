package io.idgraph.cli;

import io.idgraph.files.DataDir;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph load}: loads graph files with progress, a summary and a rejects file. */
@Command(name = "load")
final class LoadCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Mixin DataDirOption data;

  @Option(names = "--rejects", paramLabel = "FILE")
  Path rejectsFile;

  @Option(names = "--strict")
  boolean strict;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Graph files to load.")
  List<Path> files;

  @Override
  public Integer call() {
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new IdgraphException(
            ErrorCode.INVALID_ARGUMENT, "cannot read " + file + ": no such file");
      }
    }
    DataDir dir = data.dataDir();
    boolean anyRejects = false;
    try (PrivacyState privacy = PrivacyState.open(dir, data.store());
        IdentityStore store = IdentityStores.openWritable(data.store(), dir.graph())) {
      GraphLoader loader =
          new GraphLoader(store, new IdentifierNormalizer(), privacy.suppressionCheck());
      for (Path file : files) {
        LoadSummary summary = loadOne(loader, dir, file);
        anyRejects |= summary.hasRejects();
      }
    }
    return strict && anyRejects ? 1 : 0;
  }

  private LoadSummary loadOne(GraphLoader loader, DataDir dir, Path file) {
    Path rejects = rejectsFile != null ? rejectsFile : defaultRejects(dir, file);
    LoadBars bars = new LoadBars(file.getFileName().toString(), ProgressBar.totalBytesOf(file));
    LoadSummary s = loader.load(file, rejects, bars);
    bars.finish(s.persons());
    System.out.printf(
        Locale.ROOT,
        "loaded %s: %,d persons from %,d lines in %.1f s (%,.0f persons/s); %,d lines rejected,"
            + " %,d identifiers or attributes rejected%n",
        file,
        s.persons(),
        s.lines(),
        s.elapsed().toMillis() / 1000.0,
        s.personsPerSecond(),
        s.rejectedLines(),
        s.rejectedItems());
    if (s.rejectsFile() != null) {
      System.out.println("rejects written to " + s.rejectsFile());
    }
    if (s.persons() == 0 && s.rejectedLines() > 0) {
      System.err.println(
          "idgraph: no line of "
              + file
              + " loaded. load reads JSONL graph files, one person a JSON object a line (see"
              + " docs/formats.md)"
              + (file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                  ? "; to enrich a CSV of customers use: idgraph enrich "
                      + file
                      + " --out OUT.csv --domains ..."
                  : ""));
    }
    return s;
  }

  private static Path defaultRejects(DataDir dir, Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
    return dir.rejects()
        .resolve(name + "-" + LocalDateTime.now(ZoneId.systemDefault()).format(STAMP) + ".jsonl");
  }
}
