package io.idgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadProgress;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The match-quality corpus ({@code match-corpus.csv}): every row's known identifier is loaded as a
 * person through the real loader, every submitted value resolved through the real resolver. Prints
 * recall and precision per category and fails below the floors in docs/normalization.md: precision
 * 1.0 (no person other than the expected one, or one holding exactly the submitted key, at a score
 * of 0.5 or more) and recall 0.98 (the expected person is returned).
 */
class MatchCorpusTest {
  private static final String CORPUS = "/io/idgraph/resolve/match-corpus.csv";
  private static final double WRONG_PERSON_SCORE = 0.5;
  private static final double MIN_PRECISION = 1.0;
  private static final double MIN_RECALL = 0.98;

  @TempDir static Path dir;
  static IdentityStore store;
  static Resolver resolver;
  static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();
  static final List<Row> ROWS = new ArrayList<>();

  /** Person id by "type|known value as written": each distinct known value is its own person. */
  static final Map<String, Long> PERSONS = new HashMap<>();

  /** Person ids by "type|match key": persons whose known values are one identity. */
  static final Map<String, Set<Long>> HOLDERS = new HashMap<>();

  record Row(
      long line,
      String category,
      IdType type,
      HashType hash,
      String known,
      String submitted,
      boolean expectMatch,
      String region,
      String source) {}

  @BeforeAll
  static void load() throws IOException {
    readCorpus();
    Path graph = dir.resolve("corpus-graph.jsonl");
    try (Writer out = Files.newBufferedWriter(graph, StandardCharsets.UTF_8)) {
      for (Row row : ROWS) {
        String known = row.type().wireName() + "|" + row.known();
        if (!PERSONS.containsKey(known)) {
          long id = PERSONS.size() + 1L;
          PERSONS.put(known, id);
          HOLDERS.computeIfAbsent(knownKey(row), k -> new HashSet<>()).add(id);
          out.write(personLine(id, row.type(), row.known()));
        }
      }
    }
    store = IdentityStores.openWritable(dir.resolve("graph"));
    LoadSummary summary =
        new GraphLoader(store, NORMALIZER)
            .load(graph, dir.resolve("rejects.jsonl"), LoadProgress.NONE);
    assertThat(summary.hasRejects()).as("corpus graph rejects: %s", summary).isFalse();
    resolver = new Resolver(store, NORMALIZER);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void corpus_coversEveryClassWithMatchAndMustNotMatchRows() {
    Map<String, int[]> counts = new TreeMap<>();
    for (Row row : ROWS) {
      counts.computeIfAbsent(row.category(), c -> new int[2])[row.expectMatch() ? 0 : 1]++;
    }
    assertThat(counts.keySet())
        .contains(
            "address_fraction",
            "address_directional",
            "address_numbered",
            "address_street_type",
            "address_unit",
            "address_box",
            "address_near",
            "address_format",
            "email",
            "phone",
            "hash",
            "maid");
    counts.forEach(
        (category, c) -> {
          assertThat(c[0]).as("%s match rows", category).isPositive();
          assertThat(c[1]).as("%s must-not-match rows", category).isPositive();
        });
  }

  @Test
  void corpus_precisionAndRecallPerCategory() {
    Map<String, Tally> tallies = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Row row : ROWS) {
      Tally tally = tallies.computeIfAbsent(row.category(), c -> new Tally());
      check(row, tally, failures);
    }
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%n| category | rows | must match | recall | must not match | precision |%n"
                + "|---|---|---|---|---|---|%n"));
    Tally all = new Tally();
    tallies.forEach(
        (category, t) -> {
          table.append(t.line(category));
          all.add(t);
        });
    table.append(all.line("all"));
    System.out.println(table);
    failures.forEach(System.out::println);

    assertThat(failures).as("rows that failed their expectation").isEmpty();
    tallies.forEach(
        (category, t) -> {
          assertThat(t.precision())
              .as("%s precision", category)
              .isGreaterThanOrEqualTo(MIN_PRECISION);
          assertThat(t.recall()).as("%s recall", category).isGreaterThanOrEqualTo(MIN_RECALL);
        });
  }

  private static void check(Row row, Tally tally, List<String> failures) {
    ResolveRequest request =
        new ResolveRequest(
            List.of(new IdentifierGroup(row.type(), row.hash(), List.of(row.submitted()))),
            List.of(),
            0,
            ResolveRequest.DEFAULT_INLINE_LIMIT,
            row.region());
    ResolveResult result = resolver.resolve(request);
    long expected = PERSONS.get(row.type().wireName() + "|" + row.known());
    Set<Long> right = new HashSet<>(exactHolders(row));
    if (row.expectMatch()) {
      right.addAll(HOLDERS.get(knownKey(row))); // the known value's identity, however written
    }
    boolean found = false;
    for (Identity identity : result.identities()) {
      boolean counted = identity.overallQualityScore() >= WRONG_PERSON_SCORE;
      if (identity.personId() == expected && row.expectMatch()) {
        found = true;
      }
      if (counted) {
        tally.returned++;
        if (right.contains(identity.personId())) {
          tally.correct++;
        } else {
          failures.add(
              String.format(
                  Locale.ROOT,
                  "line %d %s: wrong person %d at %.4f for %s (%s)",
                  row.line(),
                  row.category(),
                  identity.personId(),
                  identity.overallQualityScore(),
                  row.submitted(),
                  row.source()));
        }
      }
    }
    if (row.expectMatch()) {
      tally.mustMatch++;
      tally.found += found ? 1 : 0;
      if (!found) {
        failures.add(
            String.format(
                Locale.ROOT,
                "line %d %s: %s did not find %s (%s)%s",
                row.line(),
                row.category(),
                row.submitted(),
                row.known(),
                row.source(),
                result.invalidIdentifiers().isEmpty()
                    ? ""
                    : ": " + result.invalidIdentifiers().get(0).reason()));
      }
    } else {
      tally.mustNotMatch++;
    }
  }

  /** The persons whose known identifier has exactly the submitted value's key. */
  private static Set<Long> exactHolders(Row row) {
    NormalizeResult submitted =
        NORMALIZER.normalize(row.type(), row.hash(), row.submitted(), row.region());
    if (!submitted.isOk() || row.hash() != HashType.PLAINTEXT) {
      return Set.of();
    }
    return HOLDERS.getOrDefault(row.type().wireName() + "|" + submitted.value().key(), Set.of());
  }

  private static String knownKey(Row row) {
    NormalizeResult known = NORMALIZER.normalize(row.type(), row.known());
    assertThat(known.isOk()).as("line %d: known value %s", row.line(), row.known()).isTrue();
    return row.type().wireName() + "|" + known.value().key();
  }

  private static String personLine(long id, IdType type, String value) {
    String field =
        switch (type) {
          case EMAIL -> "emails";
          case PHONE -> "phones";
          case ADDRESS -> "addresses";
          case MAID -> "maids";
        };
    return "{\"person_id\": " + id + ", \"" + field + "\": [" + json(value) + "]}\n";
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void readCorpus() throws IOException {
    try (InputStream in = MatchCorpusTest.class.getResourceAsStream(CORPUS);
        CsvReader reader = new CsvReader(in)) {
      CsvRecord header = reader.next();
      assertThat(header.fields())
          .containsExactly(
              "category", "id_type", "id_hash", "known", "submitted", "expect", "region", "source");
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        List<String> f = r.fields();
        ROWS.add(
            new Row(
                r.line(),
                f.get(0),
                IdType.fromWire(f.get(1)).orElseThrow(),
                HashType.fromWire(f.get(2)).orElseThrow(),
                f.get(3),
                f.get(4),
                f.get(5).equals("match"),
                f.get(6).isEmpty() ? IdentifierNormalizer.DEFAULT_REGION : f.get(6),
                f.get(7)));
      }
    }
  }

  private static final class Tally {
    int mustMatch;
    int found;
    int mustNotMatch;
    int returned;
    int correct;

    double recall() {
      return mustMatch == 0 ? 1 : (double) found / mustMatch;
    }

    double precision() {
      return returned == 0 ? 1 : (double) correct / returned;
    }

    void add(Tally t) {
      mustMatch += t.mustMatch;
      found += t.found;
      mustNotMatch += t.mustNotMatch;
      returned += t.returned;
      correct += t.correct;
    }

    String line(String category) {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %d | %.3f |%n",
          category,
          mustMatch + mustNotMatch,
          mustMatch,
          recall(),
          mustNotMatch,
          precision());
    }
  }
}
