package io.idgraph.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.generate.SourcesGenerator;
import io.idgraph.graph.Json;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking quality on generated sources: builds crm, shop and list exports of the same synthetic
 * people and compares the persons with the generator's truth, pair by pair of records. Prints the
 * pairwise precision and recall; fails below 0.98.
 */
class LinkingQualityTest {
  private static final int PERSONS = 4000;
  private static final double FLOOR = 0.98;

  @TempDir Path dir;

  @Test
  void build_onGeneratedSources_linksWithPrecisionAndRecallOfAtLeast098() throws IOException {
    Path sources = dir.resolve("s");
    new SourcesGenerator(11).write(sources, PERSONS, done -> {});
    try (IdentityStore store = IdentityStores.openWritable(dir.resolve("graph"))) {
      new GraphBuilder(store, dir.resolve("build"))
          .build(
              List.of(
                  new GraphBuilder.Source("crm", List.of(sources.resolve("crm.csv"))),
                  new GraphBuilder.Source("shop", List.of(sources.resolve("shop.csv"))),
                  new GraphBuilder.Source("list", List.of(sources.resolve("list.csv")))),
              new GraphBuilder.Options(false, List.of(), dir.resolve("rejects.jsonl")),
              new GraphBuilder.Progress() {
                @Override
                public void phase(String name, long total) {}

                @Override
                public void update(long done) {}
              });
    }
    Map<String, String> truth = truth(sources.resolve("truth.csv"));
    Map<String, Long> built = built(new BuildState(dir.resolve("build")));
    PairCounts counts = PairCounts.of(truth, built);

    System.out.printf(
        Locale.ROOT,
        "linking %,d records of %,d generated persons: pairwise precision %.4f, recall %.4f%n",
        truth.size(),
        PERSONS,
        counts.precision(),
        counts.recall());
    assertThat(built).hasSize(truth.size());
    assertThat(counts.precision()).as("pairwise precision").isGreaterThanOrEqualTo(FLOOR);
    assertThat(counts.recall()).as("pairwise recall").isGreaterThanOrEqualTo(FLOOR);
  }

  private static Map<String, String> truth(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in)) {
      csv.next(); // header
      CsvRecord r;
      while ((r = csv.next()) != null) {
        out.put(r.fields().get(0) + ":" + r.fields().get(1), r.fields().get(2));
      }
    }
    return out;
  }

  private static Map<String, Long> built(BuildState state) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (String source : state.sources()) {
      try (BufferedReader in = Files.newBufferedReader(state.records(source))) {
        String line;
        while ((line = in.readLine()) != null) {
          SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
          out.put(r.ref(), r.personId());
        }
      }
    }
    return out;
  }

  /** Record pairs in one built person, in one true person, and in both. */
  private record PairCounts(long built, long truth, long both) {
    static PairCounts of(Map<String, String> truth, Map<String, Long> built) {
      Map<Long, Long> byBuilt = new HashMap<>();
      Map<String, Long> byTruth = new HashMap<>();
      Map<String, Long> byBoth = new HashMap<>();
      truth.forEach(
          (ref, person) -> {
            Long id = built.get(ref);
            byTruth.merge(person, 1L, Long::sum);
            if (id != null) {
              byBuilt.merge(id, 1L, Long::sum);
              byBoth.merge(id + "/" + person, 1L, Long::sum);
            }
          });
      return new PairCounts(pairs(byBuilt), pairs(byTruth), pairs(byBoth));
    }

    private static long pairs(Map<?, Long> groups) {
      return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    double precision() {
      return built == 0 ? 1 : (double) both / built;
    }

    double recall() {
      return truth == 0 ? 1 : (double) both / truth;
    }
  }
}
