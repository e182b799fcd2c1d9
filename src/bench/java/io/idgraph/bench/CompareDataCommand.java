package io.idgraph.bench;

import io.idgraph.cli.ProgressBar;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench compare-data}: the input of {@code bench/compare} for PostgreSQL and DuckDB, made
 * from a graph file with the product's normalizer (parsed on every core): {@code identifiers.csv},
 * {@code profiles.csv}, and {@code workloads.json} (the values every system is asked for).
 */
@Command(
    name = "compare-data",
    description =
        "Write the pre-normalized rows (identifiers.csv, profiles.csv) and the workloads"
            + " (workloads.json) of bench/compare from a generated graph file.")
final class CompareDataCommand implements Callable<Integer> {
  private static final int CHUNK = 2000;

  @Option(names = "--graph", required = true, paramLabel = "FILE", description = "Graph file.")
  Path graph;

  @Option(
      names = "--persons",
      required = true,
      paramLabel = "N",
      description = "Persons in the graph (ids 1..N, as idgraph generate writes them).")
  long persons;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Sampling seed.")
  long seed;

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    Files.createDirectories(out);
    CompareWorkloads workloads = new CompareWorkloads(persons, seed);
    long start = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ProgressBar bar = new ProgressBar("compare-data", Files.size(graph));
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(graph, StandardCharsets.UTF_8);
        Writer ids = Files.newBufferedWriter(out.resolve("identifiers.csv"));
        Writer profiles = Files.newBufferedWriter(out.resolve("profiles.csv"))) {
      ArrayDeque<Future<List<CompareRows.Person>>> pending = new ArrayDeque<>();
      long bytes = 0;
      List<String> chunk = new ArrayList<>(CHUNK);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        bytes += line.length() + 1L;
        if (!line.isBlank()) {
          chunk.add(line);
        }
        if (chunk.size() == CHUNK) {
          pending.add(pool.submit(parse(chunk, workloads)));
          chunk = new ArrayList<>(CHUNK);
          while (pending.size() > threads * 2) {
            lines += write(pending.poll().get(), ids, profiles);
            bar.update(bytes, lines + " persons");
          }
        }
      }
      pending.add(pool.submit(parse(chunk, workloads)));
      while (!pending.isEmpty()) {
        lines += write(pending.poll().get(), ids, profiles);
      }
    } finally {
      pool.shutdownNow();
    }
    bar.finish(lines + " persons");
    Json.MAPPER.writeValue(out.resolve("workloads.json").toFile(), workloads.build());
    System.err.printf(
        Locale.ROOT,
        "compare-data: %,d persons in %.1f s -> %s%n",
        lines,
        (System.nanoTime() - start) / 1e9,
        out);
    return 0;
  }

  private static Callable<List<CompareRows.Person>> parse(
      List<String> lines, CompareWorkloads workloads) {
    return () -> {
      CompareRows rows = new CompareRows();
      List<CompareRows.Person> done = new ArrayList<>(lines.size());
      for (String line : lines) {
        CompareRows.Person p = rows.rows(Json.MAPPER.readTree(line));
        if (workloads.wants(p.id())) {
          workloads.keep(p.id(), p.emails());
        }
        done.add(p);
      }
      return done;
    };
  }

  private static int write(List<CompareRows.Person> chunk, Writer ids, Writer profiles)
      throws IOException {
    for (CompareRows.Person p : chunk) {
      ids.write(p.identifierRows());
      profiles.write(p.profileRow());
    }
    return chunk.size();
  }
}
