package io.idgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvReaderTest;
import io.idgraph.csv.CsvRecord;
import io.idgraph.csv.CsvWriter;
import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadProgress;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RowEnricher over a real store loaded through the real loader. */
class RowEnricherTest {
  static final String ADDRESS = "123 Main Street, San Francisco, CA 94105";
  @TempDir static Path dir;
  static IdentityStore store;

  @BeforeAll
  static void load() throws Exception {
    Path graph = dir.resolve("g.jsonl");
    Files.write(
        graph,
        List.of(
            "{\"person_id\": 1, \"name\": {\"first_name\": \"Jane\", \"last_name\": \"Smith\"},"
                + " \"emails\": [{\"value\": \"jane@example.com\", \"quality_score\": 0.95}],"
                + " \"phones\": [\"(415) 555-0142\"],"
                + " \"addresses\": [{\"value\": \""
                + ADDRESS
                + "\", \"quality_score\": 0.8}], \"attributes\": {\"demographic\": {\"age_range\":"
                + " \"35-44\", \"birth_year\": 1985}}}",
            "{\"person_id\": 2, \"name\": {\"first_name\": \"Bob\", \"last_name\": \"Smith\"},"
                + " \"emails\": [\"bob@example.com\"],"
                + " \"addresses\": [{\"value\": \""
                + ADDRESS
                + "\", \"quality_score\": 0.8}]}",
            "{\"person_id\": 3, \"name\": {\"first_name\": \"Ann\"}, \"phones\":"
                + " [\"415-555-0142\"]}",
            "{\"person_id\": 4, \"addresses\": [{\"value\": \"9 Elm Road, Austin, TX 78701\","
                + " \"quality_score\": 0.85}]}",
            "{\"person_id\": 5, \"phones\": [{\"value\": \"212-555-0100\", \"quality_score\":"
                + " 0.85}]}"));
    store = IdentityStores.openWritable(dir.resolve("graph"));
    new GraphLoader(store, new IdentifierNormalizer())
        .load(graph, dir.resolve("rejects.jsonl"), LoadProgress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  record Output(List<Map<String, String>> rows, List<String> header, EnrichSummary summary) {}

  static Output enrich(String csv, EnrichOptions options) {
    RowEnricher enricher = new RowEnricher(store, new IdentifierNormalizer());
    CsvReader reader =
        new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    EnrichPlan plan = enricher.plan(reader, options);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvWriter writer = new CsvWriter(bytes);
    EnrichSummary summary = enricher.run(plan, writer, EnrichProgress.NONE, 2);
    List<CsvRecord> out =
        CsvReaderTest.readAll(new CsvReader(new ByteArrayInputStream(bytes.toByteArray())));
    List<String> header = out.get(0).fields();
    List<Map<String, String>> rows =
        out.subList(1, out.size()).stream()
            .map(
                r -> {
                  assertThat(r.fields()).hasSameSizeAs(header);
                  Map<String, String> m = new HashMap<>();
                  for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.fields().get(i));
                  }
                  return m;
                })
            .toList();
    return new Output(rows, header, summary);
  }

  static EnrichOptions options(double minScore, boolean includeUnmatched, int blockSize) {
    return new EnrichOptions(
        List.of(),
        List.of(Domain.NAME, Domain.DEMOGRAPHIC),
        minScore,
        EnrichOptions.DEFAULT_TIEBREAKER,
        includeUnmatched,
        blockSize);
  }

  static final String CSV =
      "id,email,phone,street,city,state,zip\r\n"
          + "a,JANE@example.com,,,,,\r\n"
          + "b,nobody@example.com,,,,,\r\n"
          + "c,,,123 main st,san francisco,ca,94105\r\n"
          + "d,bob@example.com,,123 Main St,San Francisco,CA,94105\r\n"
          + "e,,415.555.0142,,,,\r\n"
          + "f,not an email,,,,,\r\n"
          + "g,jane@example.com\r\n"
          + "h,,,,,,\r\n";

  @Test
  void run_keepsEveryRowInOrderWithItsBestPerson() {
    Output out = enrich(CSV, options(0, true, 3));
    assertThat(out.rows())
        .extracting(r -> r.get("id"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    assertThat(out.rows())
        .extracting(r -> r.get("idgraph_person_id"))
        .containsExactly("1", "", "1", "2", "1", "", "1", "");
    assertThat(out.rows())
        .extracting(r -> r.get("idgraph_matched_on"))
        .containsExactly("email", "", "address", "email+address", "phone", "", "email", "");
    assertThat(out.rows().get(0).get("idgraph_match_score")).isEqualTo("0.95");
    assertThat(out.rows().get(3).get("idgraph_match_score")).isEqualTo("0.98");
    assertThat(out.summary().rows()).isEqualTo(8);
    assertThat(out.summary().matched()).isEqualTo(5);
    assertThat(out.summary().written()).isEqualTo(8);
  }

  @Test
  void run_appendsTheRequestedAttributes() {
    Output out = enrich(CSV, options(0, true, 100));
    assertThat(out.header())
        .containsSubsequence(
            "zip",
            "idgraph_person_id",
            "idgraph_match_score",
            "idgraph_matched_on",
            "idgraph_note",
            "first_name",
            "last_name",
            "age_range",
            "birth_year");
    Map<String, String> jane = out.rows().get(0);
    assertThat(jane)
        .containsEntry("first_name", "Jane")
        .containsEntry("last_name", "Smith")
        .containsEntry("age_range", "35-44")
        .containsEntry("birth_year", "1985")
        .containsEntry("gender", "");
    assertThat(out.rows().get(3)).containsEntry("first_name", "Bob").containsEntry("age_range", "");
    assertThat(out.rows().get(1)).containsEntry("first_name", "").containsEntry("idgraph_note", "");
  }

  @Test
  void run_notesInvalidValuesAndRaggedRows() {
    Output out = enrich(CSV, options(0, true, 100));
    assertThat(out.rows().get(5).get("idgraph_note")).startsWith("email not used: email must");
    assertThat(out.rows().get(6).get("idgraph_note"))
        .isEqualTo("row has 2 fields, the header has 7; missing fields read as empty");
    assertThat(out.summary().invalidValues()).isEqualTo(1);
    assertThat(out.summary().raggedRows()).isEqualTo(1);
  }

  @Test
  void run_minScore_leavesWeakerRowsUnmatched() {
    Output out = enrich(CSV, options(0.9, true, 100));
    assertThat(out.rows())
        .extracting(r -> r.get("idgraph_person_id"))
        .containsExactly("1", "", "", "2", "", "", "1", "");
    assertThat(out.rows().get(2).get("idgraph_note"))
        .isEqualTo("best match scored 0.8, below the minimum score 0.9");
    assertThat(out.rows().get(2).get("first_name")).isEmpty();
  }

  @Test
  void run_withoutUnmatched_writesOnlyMatchedRows() {
    Output out = enrich(CSV, options(0, false, 2));
    assertThat(out.rows()).extracting(r -> r.get("id")).containsExactly("a", "c", "d", "e", "g");
    assertThat(out.summary().rows()).isEqualTo(8);
    assertThat(out.summary().written()).isEqualTo(5);
  }

  @Test
  void run_equalScores_tiebreakerTypeThenLowestId() {
    String csv = "id,phone,address\nx,212 555 0100,\"9 Elm Rd, Austin, TX 78701\"\ny,4155550142,\n";
    Output byDefault = enrich(csv, options(0, true, 10));
    assertThat(byDefault.rows())
        .extracting(r -> r.get("idgraph_person_id"))
        .containsExactly("5", "1");
    assertThat(byDefault.rows().get(0))
        .containsEntry("idgraph_matched_on", "phone")
        .containsEntry("idgraph_match_score", "0.85");
    EnrichOptions addressFirst =
        new EnrichOptions(List.of(), List.of(Domain.NAME), 0, List.of(IdType.ADDRESS), true, 10);
    assertThat(enrich(csv, addressFirst).rows())
        .extracting(r -> r.get("idgraph_person_id"))
        .containsExactly("4", "1");
  }

  @Test
  void run_hashedEmailColumn_isGuessedAndMatched() {
    String csv =
        "id,email_sha256\nq,5ff860bf1190596c7188ab851db691f0f3169c453936e9e1eba2f9a47f7a0018\nr,0000000000000000000000000000000000000000000000000000000000000000\n";
    Output out = enrich(csv, options(0, true, 10));
    assertThat(out.rows()).extracting(r -> r.get("idgraph_person_id")).containsExactly("2", "");
    assertThat(out.rows().get(0)).containsEntry("first_name", "Bob");
  }

  @Test
  void plan_emptyFile_isAClearError() {
    RowEnricher enricher = new RowEnricher(store, new IdentifierNormalizer());
    assertThatThrownBy(
            () ->
                enricher.plan(
                    new CsvReader(new ByteArrayInputStream(new byte[0])), options(0, true, 10)))
        .isInstanceOf(IdgraphException.class)
        .hasMessage("the csv file is empty; its first line must be a header naming the columns");
  }

  @Test
  void plan_headerlessFile_isAClearError() {
    RowEnricher enricher = new RowEnricher(store, new IdentifierNormalizer());
    byte[] csv = "jane@example.com,Jane\nbob@example.com,Bob\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> enricher.plan(new CsvReader(new ByteArrayInputStream(csv)), options(0, true, 10)))
        .hasMessageStartingWith("the first line of the csv looks like data, not a header");
  }
}
