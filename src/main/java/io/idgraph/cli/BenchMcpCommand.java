package io.idgraph.cli;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.files.DataDir;
import java.nio.charset.StandardCharsets;
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
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code idgraph bench mcp}: MCP tool latency and throughput over loopback HTTP, against a server
 * started in-process on the data dir with a throwaway key. Samples real ids (1..N) and their
 * emails from the graph.
 */
@Command(
    name = "mcp",
    description =
        "Benchmark resolve_identities (1,000 emails) and get_person (1,000 ids, 6 domains) over"
            + " loopback HTTP: median and p99 latency, and calls/s with concurrent clients.")
final class BenchMcpCommand implements Callable<Integer> {
  private static final String WORKFLOW = "00000000-0000-4000-8000-00000000be9c";
  private static final List<String> DOMAINS =
      List.of("demographic", "interest", "affinity", "lifestyle", "household", "financial");
  private static final int BATCH = 1000;
  private static final int BODIES = 64;

  @Mixin DataDirOption data;

  @Option(names = "--duration", defaultValue = "10", paramLabel = "S", description = "Seconds per measurement (default: ${DEFAULT-VALUE}).")
  int durationSeconds;

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "S", description = "Warm-up seconds per tool (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--clients", defaultValue = "8", paramLabel = "N", description = "Concurrent clients for calls/s (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Sampling seed.")
  long seed;

  private record Row(String name, Histogram latency, double singleRate, double concurrentRate) {}

  @Override
  public Integer call() throws Exception {
    DataDir dir = data.dataDir();
    try (BenchServer bench = new BenchServer(dir)) {
      Caller caller = new Caller(bench);
      long persons = Math.max(BATCH, countPersons(caller));
      SplittableRandom random = new SplittableRandom(seed);
      List<String> emails = sampleEmails(caller, persons, random);
      System.err.printf(
          Locale.ROOT, "idgraph: sampled %,d emails from ids 1..%,d%n", emails.size(), persons);
      List<byte[]> resolveBodies = new ArrayList<>();
      List<byte[]> personBodies = new ArrayList<>();
      for (int i = 0; i < BODIES; i++) {
        resolveBodies.add(resolveBody(pick(emails, random)));
        personBodies.add(personBody(randomIds(persons, random)));
      }
      List<Row> rows = new ArrayList<>();
      rows.add(measure("resolve_identities, 1,000 plaintext emails", caller, resolveBodies));
      rows.add(measure("get_person, 1,000 ids x 6 domains", caller, personBodies));
      print(rows, persons);
    }
    return 0;
  }

  /** Posts JSON-RPC bodies and checks for a successful tool result. */
  private record Caller(BenchServer server) {
    String post(byte[] body) throws Exception {
      String text = new String(server.post(body), StandardCharsets.UTF_8);
      if (!text.contains("\"isError\":false")) {
        throw new IdgraphException(ErrorCode.IO, "bench call failed with a tool error");
      }
      return text;
    }

    /** Posts and checks the call succeeded, without decoding a large body. */
    void call(byte[] body) throws Exception {
      byte[] bytes = server.post(body);
      if (bytes.length < 8192
          && !new String(bytes, StandardCharsets.UTF_8).contains("\"isError\":false")) {
        throw new IdgraphException(ErrorCode.IO, "bench call failed with a tool error");
      }
    }
  }

  private static long countPersons(Caller caller) {
    // the engine's estimate via a get_person probe is not available; find the top id by doubling
    long low = 0;
    long high = 1;
    try {
      while (exists(caller, high)) {
        low = high;
        high *= 2;
      }
      while (high - low > 1) {
        long mid = (low + high) / 2;
        if (exists(caller, mid)) {
          low = mid;
        } else {
          high = mid;
        }
      }
    } catch (Exception e) {
      throw new IdgraphException(ErrorCode.IO, "cannot probe the graph over HTTP", e);
    }
    if (low == 0) {
      throw IdgraphException.invalid(
          "the bench needs a generated graph with person ids 1..N; run idgraph generate and load");
    }
    return low;
  }

  private static boolean exists(Caller caller, long id) throws Exception {
    String text = caller.post(personBody(List.of(id), List.of("name")));
    return !text.contains("\"not_found\":[\"" + id + "\"]");
  }

  private static List<String> sampleEmails(Caller caller, long persons, SplittableRandom random)
      throws Exception {
    List<String> emails = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      String text = caller.post(personBody(randomIds(persons, random), List.of("email")));
      JsonNode profiles = Json.MAPPER.readTree(text).at("/result/structuredContent/profiles");
      for (JsonNode profile : profiles) {
        JsonNode email = profile.at("/domains/email1");
        if (email.isString()) {
          emails.add(email.asString());
        }
      }
    }
    if (emails.size() < BATCH) {
      throw IdgraphException.invalid("the graph has too few emails to benchmark (" + emails.size() + ")");
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
    return BenchServer.toolCall(
        "resolve_identities",
        Map.of("id_type", "email", "identifiers", emails, "workflow_id", WORKFLOW));
  }

  private static byte[] personBody(List<Long> ids) {
    return personBody(ids, DOMAINS);
  }

  private static byte[] personBody(List<Long> ids, List<String> domains) {
    List<String> asStrings = ids.stream().map(String::valueOf).toList();
    return BenchServer.toolCall(
        "get_person", Map.of("person_ids", asStrings, "domains", domains, "workflow_id", WORKFLOW));
  }


  private Row measure(String name, Caller caller, List<byte[]> bodies) throws Exception {
    System.err.println("idgraph: measuring " + name);
    run(caller, bodies, 1, Duration.ofSeconds(warmupSeconds), null);
    Histogram latency = new Histogram(60_000_000_000L, 3);
    double single = run(caller, bodies, 1, Duration.ofSeconds(durationSeconds), latency);
    double concurrent =
        run(caller, bodies, clients, Duration.ofSeconds(durationSeconds), new Histogram(60_000_000_000L, 3));
    return new Row(name, latency, single, concurrent);
  }

  /** Runs {@code threads} clients for {@code duration}; returns calls per second. */
  private static double run(
      Caller caller, List<byte[]> bodies, int threads, Duration duration, Histogram latency)
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
                  Histogram mine = latency == null ? null : new Histogram(60_000_000_000L, 3);
                  while (System.nanoTime() < end) {
                    byte[] body = bodies.get((int) ((calls + offset) % bodies.size()));
                    long t0 = System.nanoTime();
                    caller.call(body);
                    if (mine != null) {
                      mine.recordValue(System.nanoTime() - t0);
                    }
                    calls++;
                  }
                  if (mine != null) {
                    synchronized (latency) {
                      latency.add(mine);
                    }
                  }
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
    System.out.printf(
        Locale.ROOT, "%-44s %10s %10s %10s %14s%n", "call", "median ms", "p99 ms", "calls/s", "calls/s x" + clients);
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "%-44s %10.2f %10.2f %10.1f %14.1f%n",
          r.name(),
          ms(r.latency().getValueAtPercentile(50)),
          ms(r.latency().getValueAtPercentile(99)),
          r.singleRate(),
          r.concurrentRate());
    }
    System.out.println();
    System.out.println("| call | median | p99 | calls/s (1 client) | calls/s (" + clients + " clients) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f ms | %.2f ms | %.0f | %.0f |%n",
          r.name(),
          ms(r.latency().getValueAtPercentile(50)),
          ms(r.latency().getValueAtPercentile(99)),
          r.singleRate(),
          r.concurrentRate());
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
