package io.idgraph.bench;

import io.idgraph.graph.Domain;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.profile.ProfileService;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * In-process benchmarks of a loaded store: resolve of 1,000 plaintext and 1,000 sha256 emails, and
 * get_person of 1,000 ids in 6 domains. Batches are drawn from random persons (seeded), warmed up,
 * then timed one call at a time.
 */
public final class EngineBenchmark {
  public static final int BATCH = 1000;
  public static final List<Domain> SIX_DOMAINS =
      List.of(
          Domain.DEMOGRAPHIC,
          Domain.INTEREST,
          Domain.AFFINITY,
          Domain.LIFESTYLE,
          Domain.HOUSEHOLD,
          Domain.FINANCIAL);

  /** One timed operation's figures. */
  public record Result(
      String name, double medianMs, double p99Ms, double itemsPerSecond, int runs) {}

  private final IdentityStore store;
  private final Resolver resolver;
  private final ProfileService profiles;
  private final long maxPersonId;
  private final Random random = new Random(7);

  public EngineBenchmark(IdentityStore store, long maxPersonId) {
    this.store = store;
    this.resolver = new Resolver(store, new IdentifierNormalizer());
    this.profiles = new ProfileService(store);
    this.maxPersonId = maxPersonId;
  }

  public List<Result> run(int warmups, int runs) {
    List<List<String>> emails = new ArrayList<>();
    List<List<String>> hashed = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      List<String> batchIds = randomIds();
      List<String> batchEmails = randomEmails();
      ids.add(batchIds);
      emails.add(batchEmails);
      hashed.add(sha256(batchEmails));
    }
    List<Result> results = new ArrayList<>();
    results.add(
        time("resolve 1,000 plaintext emails", warmups, runs, cycle(emails), this::resolvePlain));
    results.add(
        time("resolve 1,000 sha256 emails", warmups, runs, cycle(hashed), this::resolveSha256));
    results.add(
        time(
            "get_person 1,000 ids, 6 domains",
            warmups,
            runs,
            cycle(ids),
            batch -> profiles.getPersons(batch, SIX_DOMAINS)));
    return results;
  }

  private void resolvePlain(List<String> emails) {
    resolver.resolve(
        ResolveRequest.of(List.of(new IdentifierGroup(IdType.EMAIL, HashType.PLAINTEXT, emails))));
  }

  private void resolveSha256(List<String> digests) {
    resolver.resolve(
        ResolveRequest.of(List.of(new IdentifierGroup(IdType.EMAIL, HashType.SHA256, digests))));
  }

  private static Result time(
      String name,
      int warmups,
      int runs,
      Supplier<List<String>> batches,
      java.util.function.Consumer<List<String>> op) {
    for (int i = 0; i < warmups; i++) {
      op.accept(batches.get());
    }
    Timings timings = new Timings();
    for (int i = 0; i < runs; i++) {
      List<String> batch = batches.get();
      long start = System.nanoTime();
      op.accept(batch);
      timings.add(System.nanoTime() - start);
    }
    double median = timings.medianMillis();
    return new Result(name, median, timings.p99Millis(), BATCH / (median / 1000.0), runs);
  }

  private static Supplier<List<String>> cycle(List<List<String>> batches) {
    int[] next = {0};
    return () -> batches.get(next[0]++ % batches.size());
  }

  private List<String> randomIds() {
    List<String> out = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      out.add(Long.toString(1 + (long) (random.nextDouble() * maxPersonId)));
    }
    return out;
  }

  /** One email each of {@link #BATCH} random persons that have one. */
  private List<String> randomEmails() {
    List<String> out = new ArrayList<>(BATCH);
    while (out.size() < BATCH) {
      long[] batch = randomIds().stream().mapToLong(Long::parseLong).toArray();
      for (PersonRecord p : store.persons(batch, Set.of())) {
        if (p != null && !p.emails().isEmpty() && out.size() < BATCH) {
          out.add(p.emails().get(random.nextInt(p.emails().size())).value());
        }
      }
    }
    return out;
  }

  private static List<String> sha256(List<String> emails) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<String> out = new ArrayList<>(emails.size());
      for (String e : emails) {
        out.add(HexFormat.of().formatHex(sha.digest(e.getBytes(StandardCharsets.UTF_8))));
      }
      return out;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
