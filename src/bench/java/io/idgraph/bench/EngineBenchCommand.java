package io.idgraph.bench;

import io.idgraph.cli.ProgressBar;
import io.idgraph.files.DataDir;
import io.idgraph.generate.GraphGenerator;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreStats;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench engine}: generates and loads a graph (timed), then times resolve and get_person
 * in-process and prints medians.
 */
@Command(
    name = "engine",
    description = "Generate and load a graph (timed), then time resolve and get_person in-process.")
final class EngineBenchCommand implements Callable<Integer> {
  @Option(
      names = "--persons",
      defaultValue = "1000000",
      description = "Graph size (default 1,000,000).")
  long persons;

  @Option(
      names = "--data",
      defaultValue = "idgraph-bench",
      paramLabel = "DIR",
      description =
          "Bench data dir; reused when it already holds a loaded graph (default ./idgraph-bench).")
  Path data;

  @Option(
      names = "--runs",
      defaultValue = "200",
      description = "Timed calls per operation (default 200).")
  int runs;

  @Option(
      names = "--warmups",
      defaultValue = "100",
      description = "Untimed calls first (default 100).")
  int warmups;

  @Override
  public Integer call() throws IOException {
    DataDir dir = new DataDir(data);
    Files.createDirectories(dir.root());
    Path graphFile = dir.root().resolve("bench-graph-" + persons + ".jsonl");
    LoadSummary load = null;
    if (!Files.isDirectory(dir.graph())) {
      generate(graphFile);
      load = load(dir, graphFile);
    }
    try (IdentityStore store = IdentityStores.openReader(dir.graph())) {
      StoreStats stats = store.stats();
      List<EngineBenchmark.Result> results = new EngineBenchmark(store, persons).run(warmups, runs);
      print(load, stats, results);
    }
    return 0;
  }

  private void generate(Path graphFile) throws IOException {
    if (Files.exists(graphFile)) {
      return;
    }
    ProgressBar bar = new ProgressBar("generate", persons);
    try (Writer w = Files.newBufferedWriter(graphFile, StandardCharsets.US_ASCII)) {
      new GraphGenerator(1).write(persons, w, done -> bar.update(done, done + " persons"));
    }
    bar.finish(persons + " persons");
  }

  private static LoadSummary load(DataDir dir, Path graphFile) throws IOException {
    ProgressBar bar = new ProgressBar("load", Files.size(graphFile));
    try (IdentityStore store = IdentityStores.openWritable(dir.graph())) {
      LoadSummary s =
          new GraphLoader(store, new IdentifierNormalizer())
              .load(
                  graphFile,
                  dir.rejects().resolve("bench.jsonl"),
                  (b, p) -> bar.update(b, p + " persons"));
      bar.finish(s.persons() + " persons");
      return s;
    }
  }

  private void print(LoadSummary load, StoreStats stats, List<EngineBenchmark.Result> results) {
    System.out.printf(
        Locale.ROOT,
        "bench engine: %,d persons, %d cores%n%n",
        persons,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| measure | median | p99 | throughput |");
    System.out.println("|---|---|---|---|");
    if (load != null) {
      System.out.printf(
          Locale.ROOT,
          "| load %,d persons (wall) | %.1f s | | %,.0f persons/s |%n",
          load.persons(),
          load.elapsed().toMillis() / 1000.0,
          load.personsPerSecond());
    }
    System.out.printf(
        Locale.ROOT,
        "| store size on disk | %,.0f MB | | %,d persons, ~%,d index keys |%n",
        stats.bytesOnDisk() / 1e6,
        stats.persons(),
        stats.indexKeys());
    for (EngineBenchmark.Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s (%d runs) | %.2f ms | %.2f ms | %,.0f items/s |%n",
          r.name(),
          r.runs(),
          r.medianMs(),
          r.p99Ms(),
          r.itemsPerSecond());
    }
  }
}
