package io.idgraph.bench;

import io.idgraph.files.DataDir;
import io.idgraph.graph.IdgraphException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench mcp}: MCP tool latency and throughput over loopback HTTP, against the packaged
 * server in its own process. Samples real ids (1..N) and their emails from the graph.
 */
@Command(
    name = "mcp",
    description =
        "Benchmark resolve_identities (1,000 emails) and get_person (1,000 ids, 6 domains) over"
            + " loopback HTTP: median and p99 latency, and calls/s with concurrent clients.")
final class McpBenchCommand implements Callable<Integer> {
  private static final String WORKFLOW = "00000000-0000-4000-8000-00000000be9c";
  private static final List<String> DOMAINS =
      List.of("demographic", "interest", "affinity", "lifestyle", "household", "financial");
  private static final int BATCH = 1000;
  private static final int BODIES = 64;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A loaded data dir.")
  Path data;

  @Option(
      names = "--duration",
      defaultValue = "10",
      paramLabel = "S",
      description = "Seconds per measurement (default: ${DEFAULT-VALUE}).")
  int durationSeconds;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      paramLabel = "S",
      description = "Warm-up seconds per tool (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(
      names = "--clients",
      defaultValue = "8",
      paramLabel = "N",
      description = "Concurrent clients for calls/s (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Sampling seed.")
  long seed;

  private record Row(String name, Timings latency, double singleRate, double concurrentRate) {}

  @Override
  public Integer call() throws Exception {
    try (BenchServer server = new BenchServer(new DataDir(data))) {
      BenchClient client = new BenchClient(server);
      long persons = Math.max(BATCH, countPersons(client));
      SplittableRandom random = new SplittableRandom(seed);
      List<String> emails = sampleEmails(client, persons, random);
      System.err.printf(
          Locale.ROOT, "bench: sampled %,d emails from ids 1..%,d%n", emails.size(), persons);
      List<byte[]> resolveBodies = new ArrayList<>();
      List<byte[]> personBodies = new ArrayList<>();
      for (int i = 0; i < BODIES; i++) {
        resolveBodies.add(resolveBody(pick(emails, random)));
        personBodies.add(personBody(randomIds(persons, random), DOMAINS));
      }
      List<Row> rows = new ArrayList<>();
      rows.add(measure("resolve_identities, 1,000 plaintext emails", client, resolveBodies));
      rows.add(measure("get_person, 1,000 ids x 6 domains", client, personBodies));
      print(rows, persons);
    }
    return 0;
  }

  /**
   * The highest person id, found by doubling then bisecting (ids of a generated graph are 1..N).
   */
  private static long countPersons(BenchClient client) throws Exception {
    long low = 0;
    long high = 1;
    while (exists(client, high)) {
      low = high;
      high *= 2;
    }
    while (high - low > 1) {
      long mid = (low + high) / 2;
      if (exists(client, mid)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    if (low == 0) {
      throw IdgraphException.invalid(
          "the bench needs a generated graph with person ids 1..N; run idgraph generate and load");
    }
    return low;
  }

  private static boolean exists(BenchClient client, long id) throws Exception {
    JsonNode result = client.post(personBody(List.of(id), List.of("name")));
    return result.path("profiles").size() == 1;
  }

  private static List<String> sampleEmails(
      BenchClient client, long persons, SplittableRandom random) throws Exception {
    List<String> emails = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      JsonNode result = client.post(personBody(randomIds(persons, random), List.of("email")));
      for (JsonNode profile : result.path("profiles")) {
        JsonNode email = profile.at("/domains/email1");
        if (email.isString()) {
          emails.add(email.asString());
        }
      }
    }
    if (emails.size() < BATCH) {
      throw IdgraphException.invalid(
          "the graph has too few emails to benchmark (" + emails.size() + ")");
    }
    return emails;
  }

  private static List<String> pick(List<String> emails, SplittableRandom random) {
    List<String> out = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      out.add(emails.get(random.nextInt(emails.size())));
    }
    return out;
  }

  private static List<Long> randomIds(long persons, SplittableRandom random) {
    List<Long> ids = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      ids.add(1 + random.nextLong(persons));
    }
    return ids;
  }

  private static byte[] resolveBody(List<String> emails) {
    return BenchClient.toolCall(
        "resolve_identities",
        Map.of("id_type", "email", "identifiers", emails, "workflow_id", WORKFLOW));
  }

  private static byte[] personBody(List<Long> ids, List<String> domains) {
    List<String> asStrings = ids.stream().map(String::valueOf).toList();
    return BenchClient.toolCall(
        "get_person", Map.of("person_ids", asStrings, "domains", domains, "workflow_id", WORKFLOW));
  }

  private Row measure(String name, BenchClient client, List<byte[]> bodies) throws Exception {
    System.err.println("bench: measuring " + name);
    run(client, bodies, 1, Duration.ofSeconds(warmupSeconds), new Timings());
    Timings latency = new Timings();
    double single = run(client, bodies, 1, Duration.ofSeconds(durationSeconds), latency);
    double concurrent =
        run(client, bodies, clients, Duration.ofSeconds(durationSeconds), new Timings());
    return new Row(name, latency, single, concurrent);
  }

  /** Runs {@code threads} clients for {@code duration}; returns calls per second. */
  private static double run(
      BenchClient client, List<byte[]> bodies, int threads, Duration duration, Timings latency)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 7;
        futures.add(
            pool.submit(
                () -> {
                  long calls = 0;
                  Timings mine = new Timings();
                  while (System.nanoTime() < end) {
                    byte[] body = bodies.get((int) ((calls + offset) % bodies.size()));
                    long t0 = System.nanoTime();
                    client.post(body);
                    mine.add(System.nanoTime() - t0);
                    calls++;
                  }
                  latency.addAll(mine);
                  return calls;
                }));
      }
      long total = 0;
      for (Future<Long> f : futures) {
        total += f.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private void print(List<Row> rows, long persons) {
    System.out.printf(
        Locale.ROOT,
        "%nMCP over loopback HTTP, %,d-person graph, %d s per measurement, %d cores%n%n",
        persons,
        durationSeconds,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| call | median | p99 | calls/s (1 client) | calls/s (" + clients + " clients) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f ms | %.2f ms | %.0f | %.0f |%n",
          r.name(),
          r.latency().medianMillis(),
          r.latency().p99Millis(),
          r.singleRate(),
          r.concurrentRate());
    }
  }
}
