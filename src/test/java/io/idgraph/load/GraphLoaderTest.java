package io.idgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Domain;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.Json;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.IndexKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class GraphLoaderTest {
  @TempDir Path dir;
  IdentityStore store;
  GraphLoader loader;
  final IdentifierNormalizer normalizer = new IdentifierNormalizer();

  @BeforeEach
  void open() {
    store = IdentityStores.openWritable(dir.resolve("graph"));
    loader = new GraphLoader(store, normalizer, io.idgraph.privacy.Suppression.none(), 2);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private LoadSummary load(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return loader.load(file, dir.resolve(name + ".rejects"), LoadProgress.NONE);
  }

  private List<JsonNode> rejects(LoadSummary s) throws IOException {
    return Files.readAllLines(s.rejectsFile()).stream().map(Json.MAPPER::readTree).toList();
  }

  private long personByEmail(String email) {
    var key =
        IndexKeys.forLookup(HashType.PLAINTEXT, normalizer.normalize(IdType.EMAIL, email).value());
    var links = store.lookup(List.of(key)).get(0);
    return links.isEmpty() ? -1 : links.get(0).personId();
  }

  @Test
  void load_badLinesRejectedGoodLinesKept() throws IOException {
    LoadSummary s =
        load(
            "mixed.jsonl",
            "{\"person_id\": 1, \"emails\": [\"one@example.com\"]}",
            "{not json",
            "{\"emails\": [\"nobody@example.com\"]}",
            "{\"person_id\": 2, \"quality_score\": 1.5}",
            "{\"person_id\": 3, \"attributes\": {\"astrology\": {\"sign\": \"Leo\"}}}",
            "",
            "[1, 2]",
            "{\"person_id\": \"4\", \"emails\": [\"four@example.com\"]}");
    assertThat(s.lines()).isEqualTo(7);
    assertThat(s.persons()).isEqualTo(2);
    assertThat(s.rejectedLines()).isEqualTo(5);
    List<JsonNode> rejects = rejects(s);
    assertThat(rejects).extracting(r -> r.get("line").asLong()).containsExactly(2L, 3L, 4L, 5L, 7L);
    assertThat(rejects.get(0).get("reason").asString()).startsWith("invalid JSON");
    assertThat(rejects.get(0).get("raw").asString()).isEqualTo("{not json");
    assertThat(rejects.get(1).get("reason").asString()).contains("person_id is missing");
    assertThat(rejects.get(2).get("reason").asString())
        .contains("quality_score must be a number from 0 to 1");
    assertThat(rejects.get(3).get("reason").asString()).contains("unknown domain 'astrology'");
    assertThat(personByEmail("one@example.com")).isEqualTo(1);
    assertThat(personByEmail("four@example.com")).isEqualTo(4);
  }

  @Test
  void load_badIdentifierRejectsOnlyItself() throws IOException {
    LoadSummary s =
        load(
            "ids.jsonl",
            "{\"person_id\": 5, \"emails\": [\"not an email\", \"five@example.com\"],"
                + " \"phones\": [\"12\", \"(415) 555-0142\"], \"attributes\": {\"demographic\":"
                + " {\"age_range\": \"35-44\", \"bad\": {\"x\": 1}}}}");
    assertThat(s.persons()).isEqualTo(1);
    assertThat(s.rejectedLines()).isZero();
    assertThat(s.rejectedItems()).isEqualTo(3);
    assertThat(rejects(s))
        .extracting(r -> r.get("reason").asString())
        .anySatisfy(r -> assertThat(r).startsWith("emails[0]: "))
        .anySatisfy(r -> assertThat(r).startsWith("phones[0]: "))
        .anySatisfy(r -> assertThat(r).startsWith("attributes.demographic.bad: "));
    PersonRecord p = store.persons(new long[] {5}, Set.of(Domain.DEMOGRAPHIC)).get(0);
    assertThat(p.emails()).extracting(c -> c.value()).containsExactly("five@example.com");
    assertThat(p.phones()).extracting(c -> c.value()).containsExactly("4155550142");
    assertThat(p.attributes().get(Domain.DEMOGRAPHIC)).containsEntry("age_range", "35-44");
  }

  @Test
  void load_samePersonAgainReplacesWhole() throws IOException {
    load(
        "v1.jsonl",
        "{\"person_id\": 9, \"emails\": [\"old@example.com\"], \"name\": {\"first_name\": \"Ann\"}}");
    LoadSummary s = load("v2.jsonl", "{\"person_id\": 9, \"emails\": [\"new@example.com\"]}");
    assertThat(s.rejectsFile()).isNull();
    assertThat(personByEmail("old@example.com")).isEqualTo(-1);
    assertThat(personByEmail("new@example.com")).isEqualTo(9);
    assertThat(store.persons(new long[] {9}, Set.of()).get(0).firstName()).isNull();
  }

  @Test
  void load_duplicateIdWithinFileLaterLineWins() throws IOException {
    load(
        "dup.jsonl",
        "{\"person_id\": 11, \"emails\": [\"first@example.com\"]}",
        "{\"person_id\": 11, \"emails\": [\"second@example.com\"]}");
    assertThat(personByEmail("first@example.com")).isEqualTo(-1);
    assertThat(personByEmail("second@example.com")).isEqualTo(11);
  }

  @Test
  void load_defaultQualitiesAndGeocodingFromZip() throws IOException {
    load(
        "q.jsonl",
        "{\"person_id\": 12, \"emails\": [\"q@example.com\"], \"phones\": [\"4155550142\"],"
            + " \"addresses\": [\"1 Market St, San Francisco, CA 94105\"],"
            + " \"maids\": [\"6D92078A-8246-4BA4-AE5B-76104861E7DC\"]}");
    PersonRecord p = store.persons(new long[] {12}, Set.of()).get(0);
    assertThat(p.emails().get(0).quality()).isEqualTo(0.9);
    assertThat(p.phones().get(0).quality()).isEqualTo(0.85);
    assertThat(p.addresses().get(0).quality()).isEqualTo(0.7);
    assertThat(p.maids().get(0).quality()).isEqualTo(0.9);
    var geo = p.addresses().get(0).geo();
    assertThat(geo).isNotNull();
    assertThat(geo.latitude()).isBetween(37.7, 37.8);
  }
}
