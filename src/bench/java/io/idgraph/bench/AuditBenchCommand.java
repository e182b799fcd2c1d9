package io.idgraph.bench;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.AuditLog;
import io.idgraph.audit.AuditLogs;
import io.idgraph.files.DataDir;
import io.idgraph.store.StoreUri;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench audit}: audit appends from concurrent callers, each waiting until its event is
 * durable (fsync in the data dir, or acknowledged by the cluster), as a tool call waits before it
 * answers. Prints each run's appends a second and the median.
 */
@Command(
    name = "audit",
    description =
        "Benchmark durable audit appends from concurrent callers, in the data dir or (--store"
            + " cassandra://...) the cluster.")
final class AuditBenchCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A data dir.")
  Path data;

  @Option(
      names = "--store",
      defaultValue = "${env:IDGRAPH_STORE}",
      paramLabel = "URI",
      description = "rocksdb: (the data dir, the default) or cassandra://...")
  String store;

  @Option(names = "--events", defaultValue = "5000", paramLabel = "N")
  int events;

  @Option(names = "--threads", defaultValue = "16", paramLabel = "N")
  int threads;

  @Option(names = "--runs", defaultValue = "5", paramLabel = "N")
  int runs;

  @Override
  public Integer call() throws InterruptedException {
    StoreUri where = StoreUri.parse(store);
    List<Double> rates = new ArrayList<>();
    try (AuditLog log = AuditLogs.open(new DataDir(data), where)) {
      for (int run = 0; run <= runs; run++) {
        double rate = oneRun(log);
        if (run > 0) { // the first run warms up
          rates.add(rate);
        }
        System.out.printf(
            Locale.ROOT, "%s %d: %,.0f appends/s%n", run == 0 ? "warm-up" : "run", run, rate);
      }
    }
    rates.sort(null);
    System.out.printf(
        Locale.ROOT,
        "audit appends on %s, %d threads: median %,.0f appends/s%n",
        where.isCluster() ? "the cluster" : "the data dir",
        threads,
        rates.get(rates.size() / 2));
    return 0;
  }

  private double oneRun(AuditLog log) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int i = 0; i < events; i++) {
      pool.execute(
          () ->
              log.append(
                  new AuditEvent(
                      Instant.now().toString(),
                      "bench",
                      "mcp-http",
                      "resolve_identities",
                      "ok",
                      Map.of("requested", 1),
                      null,
                      null,
                      null)));
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    return events / ((System.nanoTime() - start) / 1e9);
  }
}
