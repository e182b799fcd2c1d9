package io.idgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.graph.Json;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileMetadata;
import io.idgraph.resolve.AddressMatch;
import io.idgraph.resolve.Identity;
import io.idgraph.resolve.Match;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExportWriterTest {
  private static final Identity ANA =
      new Identity(
          42,
          0.99,
          List.of(
              new Match("email_plaintext", "Ana@Example.com", 0.9),
              new Match("phone_plaintext", "+1 (555) 010-0199", 0.85)),
          Map.of(
              "email",
              List.of("ana@example.com", "a|b@example.com"),
              "phone",
              List.of("+15550100199")),
          null);
  private static final Identity BO =
      new Identity(
          7,
          0.0001,
          List.of(new Match("address_plaintext", "1 Main St, Springfield, IL", 0.7)),
          Map.of(),
          new AddressMatch("1 MAIN ST, SPRINGFIELD, IL 62701", 39.78, -89.65, 0.0));

  private static <T> String write(ExportFormat format, Columns<T> columns, List<T> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExportWriter<T> writer = ExportWriter.open(format, out, columns)) {
      for (T row : rows) {
        writer.write(row);
      }
      assertThat(writer.rows()).isEqualTo(rows.size());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Rows given all at once (a large export) are rendered in chunks on every core: the file is the
   * same, byte for byte, as one written row by row, in the same order, and the row count holds.
   */
  @Test
  void csv_manyRowsAtOnce_sameFileAsRowByRow() throws IOException {
    var columns = new IdentityColumns(List.of(IdType.EMAIL, IdType.PHONE), true);
    List<Identity> rows = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      Identity like = i % 3 == 0 ? BO : ANA;
      rows.add(
          new Identity(
              i, like.overallQualityScore(), like.matches(), like.identifiers(), like.address()));
    }
    ByteArrayOutputStream atOnce = new ByteArrayOutputStream();
    try (ExportWriter<Identity> writer = ExportWriter.open(ExportFormat.CSV, atOnce, columns)) {
      RowSource.inWaves(rows.size(), rows::subList).writeTo(writer);
      assertThat(writer.rows()).isEqualTo(rows.size());
    }

    String csv = atOnce.toString(StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(write(ExportFormat.CSV, columns, rows));
    List<List<String>> records = parse(csv);
    assertThat(records).hasSize(rows.size() + 1);
    assertThat(records.get(rows.size()).get(0)).isEqualTo(Integer.toString(rows.size() - 1));
  }

  @Test
  void csv_identitiesHaveStableColumnsAndQuoting() throws IOException {
    var columns = new IdentityColumns(List.of(IdType.EMAIL, IdType.PHONE), true);
    String csv = write(ExportFormat.CSV, columns, List.of(ANA, BO));
    List<List<String>> records = parse(csv);
    assertThat(records.get(0))
        .containsExactly(
            "person_id",
            "overall_quality_score",
            "matched_criteria",
            "match_scores",
            "email",
            "phone",
            "matched_address",
            "matched_latitude",
            "matched_longitude",
            "matched_distance_meters");
    assertThat(records.get(1))
        .containsExactly(
            "42",
            "0.99",
            "email_plaintext:Ana@Example.com|phone_plaintext:+1 (555) 010-0199",
            "0.9|0.85",
            "ana@example.com|a\\|b@example.com",
            "+15550100199",
            "",
            "",
            "",
            "");
    assertThat(records.get(2))
        .containsExactly(
            "7",
            "0.0001",
            "address_plaintext:1 Main St, Springfield, IL",
            "0.7",
            "",
            "",
            "1 MAIN ST, SPRINGFIELD, IL 62701",
            "39.78",
            "-89.65",
            "0");
    assertThat(csv).contains("\"address_plaintext:1 Main St, Springfield, IL\"").endsWith("\r\n");
    assertThat(records).hasSize(3);
  }

  @Test
  void csv_noAddressColumnsWithoutAddresses() throws IOException {
    var columns = new IdentityColumns(List.of(IdType.EMAIL), false);
    assertThat(parse(write(ExportFormat.CSV, columns, List.of())))
        .containsExactly(
            List.of(
                "person_id", "overall_quality_score", "matched_criteria", "match_scores", "email"));
  }

  @Test
  void json_isOneArrayOfTheInlineObjects() throws IOException {
    var columns = new IdentityColumns(List.of(IdType.EMAIL), false);
    String json = write(ExportFormat.JSON, columns, List.of(ANA, BO));
    JsonNode array = Json.MAPPER.readTree(json);
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(2);
    assertThat(array.get(0).toString()).isEqualTo(Json.MAPPER.writeValueAsString(ANA));
    assertThat(array.get(0).get("person_id").isNumber()).isTrue();
    assertThat(array.get(1).get("address").get("distance_meters").asDouble()).isZero();
    assertThat(Json.MAPPER.readTree(write(ExportFormat.JSON, columns, List.<Identity>of())).size())
        .isZero();
  }

  @Test
  void jsonl_isOneObjectPerLine() throws IOException {
    var columns = new IdentityColumns(List.of(IdType.EMAIL), false);
    String jsonl = write(ExportFormat.JSONL, columns, List.of(ANA, BO));
    String[] lines = jsonl.split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).isEqualTo(Json.MAPPER.writeValueAsString(BO));
  }

  @Test
  void csv_profilesHaveOneColumnPerCatalogAttribute() throws IOException {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("email1", "ana@example.com");
    attributes.put("age_range", "25-34");
    attributes.put("birth_year", 1990);
    attributes.put("is_veteran", false);
    Profile profile =
        new Profile("42", new ProfileMetadata(0.875, "2024-01-02T03:04:05Z"), attributes);
    Profile bare = new Profile("9", new ProfileMetadata(null, null), Map.of());
    var columns = new ProfileColumns(List.of(Domain.EMAIL, Domain.DEMOGRAPHIC, Domain.EMAIL));
    List<List<String>> records = parse(write(ExportFormat.CSV, columns, List.of(profile, bare)));
    List<String> header = records.get(0);
    assertThat(header.subList(0, 6))
        .containsExactly(
            "person_id", "quality_score", "last_modified", "email1", "email2", "email3");
    assertThat(header.get(6)).isEqualTo("age_range");
    assertThat(header).hasSize(6 + 10).doesNotHaveDuplicates();
    List<String> row = records.get(1);
    assertThat(row.get(0)).isEqualTo("42");
    assertThat(row.get(1)).isEqualTo("0.875");
    assertThat(row.get(3)).isEqualTo("ana@example.com");
    assertThat(row.get(header.indexOf("birth_year"))).isEqualTo("1990");
    assertThat(row.get(header.indexOf("is_veteran"))).isEqualTo("false");
    assertThat(row.get(header.indexOf("gender"))).isEmpty();
    assertThat(records.get(2)).hasSize(header.size()).allMatch(f -> f.isEmpty() || f.equals("9"));
  }

  static List<List<String>> parse(String csv) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader reader =
        new CsvReader(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      for (io.idgraph.csv.CsvRecord r; (r = reader.next()) != null; ) {
        records.add(r.fields());
      }
    }
    return records;
  }
}
