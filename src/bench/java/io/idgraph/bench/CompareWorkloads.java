package io.idgraph.bench;

import io.idgraph.bench.CompareRows.RawEmail;
import io.idgraph.graph.Domain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The workloads of {@code bench/compare}, drawn once (seeded) from the graph file so that every
 * system gets the same values: batches of {@link EngineBenchmark#BATCH} raw emails (80% of them a
 * random person's email as the graph file spells it, so Gmail dots, {@code +tags} and case variants
 * come along, counted as "variants" when the raw value is not its match key; 20% absent), {@link
 * #EXPORT_EMAILS} distinct raw emails for the CSV export, and batches of {@link
 * EngineBenchmark#BATCH} distinct ids for get_person in {@link EngineBenchmark#SIX_DOMAINS}.
 */
final class CompareWorkloads {
  static final int BATCHES = 10;
  static final int PRESENT = 800;

  /** Present emails per batch spelled other than their match key (case, Gmail dots, +tags). */
  static final int VARIANTS = 106;

  static final int EXPORT_EMAILS = 100_000;
  private static final int EXPORT_PERSONS = 80_000;

  private final long persons;
  private final SplittableRandom random;
  private final List<List<Long>> resolveCandidates = new ArrayList<>();
  private final Set<Long> exportPersons = new LinkedHashSet<>();
  private final Set<Long> wanted = new HashSet<>();
  private final Map<Long, List<RawEmail>> sampled = new HashMap<>();

  CompareWorkloads(long persons, long seed) {
    this.persons = persons;
    this.random = new SplittableRandom(seed);
    int candidates = (int) Math.min(persons, PRESENT * 3L / 2);
    for (int b = 0; b < BATCHES; b++) {
      resolveCandidates.add(distinctIds(candidates));
    }
    exportPersons.addAll(distinctIds((int) Math.min(persons, EXPORT_PERSONS)));
    wanted.addAll(exportPersons);
    resolveCandidates.forEach(wanted::addAll);
  }

  /** True when the pass over the graph must keep this person's raw emails. */
  boolean wants(long id) {
    return wanted.contains(id);
  }

  synchronized void keep(long id, List<RawEmail> emails) {
    if (!emails.isEmpty()) {
      sampled.put(id, emails);
    }
  }

  /** The workload file's content. */
  Map<String, Object> build() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("persons", persons);
    out.put("resolve", resolveBatches());
    out.put("export", exportEmails());
    Map<String, Object> getPerson = new LinkedHashMap<>();
    getPerson.put("domains", EngineBenchmark.SIX_DOMAINS.stream().map(Domain::wireName).toList());
    List<List<Long>> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      batches.add(distinctIds((int) Math.min(persons, EngineBenchmark.BATCH)));
    }
    getPerson.put("batches", batches);
    out.put("get_person", getPerson);
    out.put("profile_columns", CompareRows.PROFILE_DOMAINS.stream().map(Domain::wireName).toList());
    return out;
  }

  private List<Map<String, Object>> resolveBatches() {
    List<Map<String, Object>> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<String> emails = new ArrayList<>(EngineBenchmark.BATCH);
      int variants = 0;
      for (long id : resolveCandidates.get(b)) {
        List<RawEmail> known = sampled.get(id);
        if (known == null || emails.size() == PRESENT) {
          continue;
        }
        boolean wantVariant = variants < VARIANTS;
        List<RawEmail> fitting = known.stream().filter(e -> isVariant(e) == wantVariant).toList();
        // a person with no variant still gives a plain email; one with only variants gives none
        List<RawEmail> from = fitting.isEmpty() && wantVariant ? known : fitting;
        if (from.isEmpty()) {
          continue;
        }
        RawEmail pick = from.get(random.nextInt(from.size()));
        emails.add(pick.raw());
        variants += isVariant(pick) ? 1 : 0;
      }
      if (emails.size() < PRESENT) {
        throw new IllegalStateException(
            "the graph has too few persons with emails for a batch of "
                + PRESENT
                + " (found "
                + emails.size()
                + "); generate at least 2,000 persons");
      }
      for (int i = 0; emails.size() < EngineBenchmark.BATCH; i++) {
        String local = emails.get(i).substring(0, emails.get(i).indexOf('@'));
        emails.add(local + "@absent-" + b + "-" + i + ".example");
      }
      Collections.shuffle(emails, new java.util.Random(random.nextLong()));
      Map<String, Object> batch = new LinkedHashMap<>();
      batch.put("present", PRESENT);
      batch.put("variants", variants);
      batch.put("emails", emails);
      batches.add(batch);
    }
    return batches;
  }

  private static boolean isVariant(RawEmail email) {
    return !email.raw().equals(email.key());
  }

  /** Distinct (by match key) raw emails of the export persons, shuffled, at most 100,000. */
  private List<String> exportEmails() {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (long id : exportPersons) {
      for (RawEmail e : sampled.getOrDefault(id, List.of())) {
        byKey.putIfAbsent(e.key(), e.raw());
      }
    }
    List<String> emails = new ArrayList<>(byKey.values());
    Collections.shuffle(emails, new java.util.Random(random.nextLong()));
    return List.copyOf(emails.subList(0, Math.min(EXPORT_EMAILS, emails.size())));
  }

  private List<Long> distinctIds(int count) {
    Set<Long> ids = new LinkedHashSet<>();
    while (ids.size() < count) {
      ids.add(1 + random.nextLong(persons));
    }
    return new ArrayList<>(ids);
  }
}
