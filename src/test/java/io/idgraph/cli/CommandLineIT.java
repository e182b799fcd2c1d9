package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The commands as a user runs them: generate, load, resolve, person, and their errors. */
class CommandLineIT {
  @TempDir static Path work;

  @BeforeAll
  static void generateAndLoad() throws Exception {
    var gen =
        JarRunner.run(work, "generate", "--persons", "3000", "--seed", "5", "--out", "g.jsonl");
    assertThat(gen.exitCode()).as(gen.stderr()).isZero();
    assertThat(gen.stdout()).contains("wrote g.jsonl: 3,000 persons");
    var load = JarRunner.run(work, "load", "g.jsonl");
    assertThat(load.exitCode()).as(load.stderr()).isZero();
    assertThat(load.stdout())
        .contains("3,000 persons from 3,000 lines")
        .contains("0 lines rejected");
    // a load into an empty store reads the file, then sorts and writes it: both show progress
    assertThat(load.stderr())
        .contains("load g.jsonl [")
        .contains("sort and write g.jsonl [")
        .contains("100%");
  }

  private static JsonNode json(JarRunner.Run run) {
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return Json.MAPPER.readTree(run.stdout());
  }

  @Test
  void resolveThenPerson_findsAGeneratedPerson() throws Exception {
    JsonNode first = Json.MAPPER.readTree(Files.readAllLines(work.resolve("g.jsonl")).get(0));
    JsonNode email = first.get("emails").get(0);
    String value = email.isString() ? email.asString() : email.get("value").asString();

    JsonNode resolved =
        json(JarRunner.run(work, "resolve", "--type", "email", value.toUpperCase(Locale.ROOT)));
    assertThat(resolved.get("identities").get(0).get("person_id").asLong()).isEqualTo(1);
    assertThat(resolved.get("stats").get("requested").asInt()).isEqualTo(1);
    assertThat(resolved.get("workflow_id").asString()).hasSize(36);
    assertThat(resolved.get("tool_trace_id").asString()).matches("[0-9a-f]{32}");

    JsonNode person =
        json(JarRunner.run(work, "person", "--domains", "name,demographic", "1", "999999"));
    assertThat(person.get("profiles").get(0).get("domains").get("last_name").asString())
        .isEqualTo(first.get("name").get("last_name").asString());
    assertThat(person.get("not_found").get(0).asString()).isEqualTo("999999");
  }

  @Test
  void generate_isDeterministicForASeed() throws Exception {
    JarRunner.run(work, "generate", "--persons", "3000", "--seed", "5", "--out", "a.jsonl");
    JarRunner.run(work, "generate", "--persons", "3000", "--seed", "6", "--out", "b.jsonl");
    assertThat(Files.readAllLines(work.resolve("a.jsonl")))
        .isEqualTo(Files.readAllLines(work.resolve("g.jsonl")));
    assertThat(Files.readString(work.resolve("b.jsonl")))
        .isNotEqualTo(Files.readString(work.resolve("g.jsonl")));
  }

  @Test
  void errors_areOneLineWithUsageExitCode() throws Exception {
    var badDomain = JarRunner.run(work, "person", "--domains", "demographics", "1");
    assertThat(badDomain.exitCode()).isEqualTo(2);
    assertThat(badDomain.stderr().strip())
        .startsWith("idgraph: unknown domain 'demographics'; valid domains: address,")
        .doesNotContain("\n")
        .doesNotContain("Exception");

    var badType = JarRunner.run(work, "resolve", "--type", "mail", "x@example.com");
    assertThat(badType.exitCode()).isEqualTo(2);
    assertThat(badType.stderr()).contains("use email, phone, address or maid");

    var missing = JarRunner.run(work, "load", "nope.jsonl");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr().strip()).isEqualTo("idgraph: cannot read nope.jsonl: no such file");
  }

  @Test
  void person_over1000Ids_isAClearError() throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("person", "--domains", "name"));
    for (int id = 1; id <= 1001; id++) {
      args.add(Integer.toString(id));
    }
    var run = JarRunner.run(work, args.toArray(String[]::new));
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stderr()).contains("Maximum 1000 person IDs allowed per request");
  }

  @Test
  void load_strictExitsOneOnRejects() throws Exception {
    Files.writeString(work.resolve("bad.jsonl"), "{\"person_id\": 1, \"emails\": [\"nope\"]}\n");
    var run = JarRunner.run(work, "load", "--data", "strict-data", "--strict", "bad.jsonl");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout())
        .contains("1 identifiers or attributes rejected")
        .contains("rejects written to");
  }

  @Test
  void resolve_regionReadsNationalNumbersOfThatCountry() throws Exception {
    Files.writeString(
        work.resolve("uk.jsonl"), "{\"person_id\": 7, \"phones\": [\"+44 20 7031 3000\"]}\n");
    var load = JarRunner.run(work, "load", "--data", "uk-data", "uk.jsonl");
    assertThat(load.exitCode()).as(load.stderr()).isZero();

    JsonNode asGb =
        json(
            JarRunner.run(
                work,
                "resolve",
                "--data",
                "uk-data",
                "--type",
                "phone",
                "--region",
                "gb",
                "020 7031 3000"));
    assertThat(asGb.get("identities").get(0).get("person_id").asLong()).isEqualTo(7);
    JsonNode asUs =
        json(
            JarRunner.run(
                work, "resolve", "--data", "uk-data", "--type", "phone", "020 7031 3000"));
    assertThat(asUs.get("identities")).isEmpty();

    var badRegion =
        JarRunner.run(
            work, "resolve", "--data", "uk-data", "--type", "phone", "--region", "UK", "1");
    assertThat(badRegion.exitCode()).isEqualTo(2);
    assertThat(badRegion.stderr().strip())
        .startsWith("idgraph: --region must be a two-letter ISO 3166 region code such as US, GB");
  }
}
