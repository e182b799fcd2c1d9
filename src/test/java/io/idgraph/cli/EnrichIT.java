package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code idgraph enrich} as a user runs it, on a generated graph and a messy CSV. */
class EnrichIT {
  @TempDir static Path work;
  static List<JsonNode> persons = new ArrayList<>();
  static Map<String, Integer> emailOwners = new HashMap<>();

  @BeforeAll
  static void generateAndLoad() throws Exception {
    var gen =
        JarRunner.run(work, "generate", "--persons", "2000", "--seed", "11", "--out", "g.jsonl");
    assertThat(gen.exitCode()).as(gen.stderr()).isZero();
    var load = JarRunner.run(work, "load", "g.jsonl");
    assertThat(load.exitCode()).as(load.stderr()).isZero();
    for (String line : Files.readAllLines(work.resolve("g.jsonl"))) {
      JsonNode p = Json.MAPPER.readTree(line);
      persons.add(p);
      for (JsonNode e : p.path("emails")) {
        emailOwners.merge(value(e).toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
  }

  static String value(JsonNode identifier) {
    return identifier.isString() ? identifier.asString() : identifier.get("value").asString();
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /** Rows: id, email, mobile, notes; with a BOM, CRLF, quotes, line breaks, blank lines. */
  static Map<Integer, Long> writeMessyCsv(Path file, int rows) throws Exception {
    Map<Integer, Long> expected = new HashMap<>();
    StringBuilder csv = new StringBuilder("\uFEFFrow,Email Address,Mobile,notes\r\n");
    for (int i = 1; i <= rows; i++) {
      JsonNode p = persons.get((i * 7) % persons.size());
      String email = p.path("emails").isEmpty() ? "" : value(p.path("emails").get(0));
      String notes =
          switch (i % 4) {
            case 0 -> quote("likes \"golf\", tennis");
            case 1 -> quote("two\r\nlines");
            default -> "";
          };
      if (i % 10 == 3) {
        email = "not an email";
      } else if (i % 10 == 5) {
        email = "nobody" + i + "@unknown-example.org";
      } else if (!email.isEmpty() && emailOwners.get(email.toLowerCase(Locale.ROOT)) == 1) {
        expected.put(i, p.get("person_id").asLong());
        email = i % 2 == 0 ? email.toUpperCase(Locale.ROOT) : " " + email + " ";
      }
      csv.append(i).append(',').append(quote(email)).append(",,").append(notes).append("\r\n");
      if (i % 50 == 0) {
        csv.append("\r\n");
      }
    }
    csv.append("9999,jane@x.example\r\n"); // a ragged row, kept
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return expected;
  }

  static List<CsvRecord> read(Path file) throws Exception {
    List<CsvRecord> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader reader = new CsvReader(in)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void enrich_keepsEveryRowInOrderWithTheRightPerson() throws Exception {
    Map<Integer, Long> expected = writeMessyCsv(work.resolve("in.csv"), 1200);
    var run =
        JarRunner.run(work, "enrich", "in.csv", "--out", "out.csv", "--domains", "name,email");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stderr())
        .contains("email <- 'Email Address'")
        .contains("phone <- 'Mobile'")
        .contains("100%");
    assertThat(run.stdout())
        .contains("enriched in.csv: 1,201 rows")
        .contains("blank lines skipped")
        .contains("wrote out.csv: 1,201 rows");
    assertThat(work.resolve("out.csv.tmp")).doesNotExist();

    List<CsvRecord> out = read(work.resolve("out.csv"));
    List<String> header = out.get(0).fields();
    assertThat(header)
        .startsWith(
            "row",
            "Email Address",
            "Mobile",
            "notes",
            "idgraph_person_id",
            "idgraph_match_score",
            "idgraph_matched_on",
            "idgraph_note",
            "first_name",
            "last_name",
            "email1",
            "email2",
            "email3");
    assertThat(out).hasSize(1202);
    for (int i = 1; i <= 1200; i++) {
      List<String> row = out.get(i).fields();
      assertThat(row).hasSameSizeAs(header);
      assertThat(row.get(0)).isEqualTo(Integer.toString(i));
      if (expected.containsKey(i)) {
        long id = expected.get(i);
        JsonNode p = persons.get((int) id - 1);
        assertThat(p.get("person_id").asLong()).isEqualTo(id);
        assertThat(row.get(4)).as("row %d", i).isEqualTo(Long.toString(id));
        assertThat(row.get(6)).isEqualTo("email");
        assertThat(row.get(header.indexOf("first_name")))
            .isEqualTo(p.path("name").path("first_name").asString(""));
      }
      if (i % 10 == 3) {
        assertThat(row.get(4)).isEmpty();
        assertThat(row.get(7)).startsWith("Email Address not used: email");
      }
      if (i % 10 == 5) {
        assertThat(row.get(4)).isEmpty();
      }
    }
    assertThat(out.get(1).fields().get(3)).isEqualTo("two\r\nlines");
    assertThat(out.get(4).fields().get(3)).isEqualTo("likes \"golf\", tennis");
    assertThat(out.get(1201).fields().get(0)).isEqualTo("9999");
    assertThat(out.get(1201).fields().get(7)).contains("row has 2 fields, the header has 4");
    assertThat(expected).hasSizeGreaterThan(500);
  }

  @Test
  void enrich_missingColumn_failsWithUsageCodeBeforeWriting() throws Exception {
    Files.writeString(work.resolve("small.csv"), "id,mail\n1,a@b.com\n");
    var run =
        JarRunner.run(
            work,
            "enrich",
            "small.csv",
            "--out",
            "never.csv",
            "--email-column",
            "email",
            "--domains",
            "name");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().strip())
        .isEqualTo(
            "idgraph: column 'email' given for email is not in the csv header; the columns are: id,"
                + " mail");
    assertThat(work.resolve("never.csv")).doesNotExist();
    assertThat(work.resolve("never.csv.tmp")).doesNotExist();
  }

  @Test
  void enrich_noUnmatchedAndMinScore_keepOnlyStrongMatches() throws Exception {
    Map<Integer, Long> expected = writeMessyCsv(work.resolve("in2.csv"), 300);
    var run =
        JarRunner.run(
            work,
            "enrich",
            "in2.csv",
            "--out",
            "out2.csv",
            "--domains",
            "name",
            "--email-column",
            "Email Address",
            "--no-unmatched",
            "--min-score",
            "0.5");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    List<CsvRecord> out = read(work.resolve("out2.csv"));
    assertThat(out.subList(1, out.size()))
        .allSatisfy(r -> assertThat(r.fields().get(4)).isNotEmpty());
    assertThat(out.size() - 1).isGreaterThanOrEqualTo(expected.size());
    List<Integer> order =
        out.subList(1, out.size()).stream().map(r -> Integer.parseInt(r.fields().get(0))).toList();
    assertThat(order).isSorted();
  }

  @Test
  void enrich_emptyFile_isAClearError() throws Exception {
    Files.writeString(work.resolve("empty.csv"), "");
    var run = JarRunner.run(work, "enrich", "empty.csv", "--out", "e.csv", "--domains", "name");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().strip())
        .isEqualTo(
            "idgraph: the csv file is empty; its first line must be a header naming the columns");
  }
}
