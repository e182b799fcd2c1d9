package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.enrich.LookupColumn;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvArgumentsTest {
  static final String WF = "0b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d";
  static final String URI = "workflow://" + WF + "/uploads/in.csv";
  static final CallContext NEW =
      new CallContext("1b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d", false, "t");

  @Test
  void parse_readsColumnsAndHashes() {
    var input =
        CsvArguments.parse(
            Arguments.of(
                Map.of(
                    "csv_resource_uri",
                    URI,
                    "lookup_columns",
                    Map.of(
                        "email", Map.of("names", List.of("e1", "e2"), "hash_type", "sha256"),
                        "address", Map.of("names", List.of("street", "zip"))))),
            NEW);
    assertThat(input.uri().toString()).isEqualTo(URI);
    assertThat(input.lookup())
        .containsExactly(
            new LookupColumn(IdType.EMAIL, List.of("e1", "e2"), HashType.SHA256),
            new LookupColumn(IdType.ADDRESS, List.of("street", "zip"), null));
  }

  static List<Object[]> bad() {
    return List.of(
        new Object[] {Map.of("lookup_columns", Map.of()), "csv_resource_uri is required"},
        new Object[] {
          Map.of("csv_resource_uri", URI), "lookup_columns is required with csv_resource_uri"
        },
        new Object[] {
          Map.of("csv_resource_uri", URI, "lookup_columns", List.of()), "lookup_columns is required"
        },
        new Object[] {
          Map.of("csv_resource_uri", URI, "lookup_columns", Map.of()),
          "lookup_columns must name at least one column"
        },
        new Object[] {
          Map.of(
              "csv_resource_uri",
              URI,
              "lookup_columns",
              Map.of("fax", Map.of("names", List.of("f")))),
          "unknown argument 'lookup_columns.fax'"
        },
        new Object[] {
          Map.of(
              "csv_resource_uri",
              URI,
              "lookup_columns",
              Map.of("email", Map.of("names", List.of()))),
          "lookup_columns.email.names must be a non-empty array"
        },
        new Object[] {
          Map.of("csv_resource_uri", URI, "lookup_columns", Map.of("email", "email")),
          "lookup_columns.email must be an object"
        },
        new Object[] {
          Map.of(
              "csv_resource_uri",
              URI,
              "lookup_columns",
              Map.of("address", Map.of("names", List.of("a"), "hash_type", "md5"))),
          "lookup_columns.address.hash_type is for email and phone only"
        },
        new Object[] {
          Map.of(
              "csv_resource_uri",
              "s3://x/y.csv",
              "lookup_columns",
              Map.of("email", Map.of("names", List.of("e")))),
          "resource_uri must start with workflow://"
        });
  }

  @ParameterizedTest
  @MethodSource("bad")
  void parse_badArgumentSaysWhatToChange(Map<String, Object> args, String message) {
    assertThatThrownBy(() -> CsvArguments.parse(Arguments.of(args), NEW))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining(message);
  }

  @Test
  void parse_otherWorkflowIsRefusedWhenOneIsGiven() {
    CallContext given = new CallContext("1b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d", true, "t");
    assertThatThrownBy(
            () ->
                CsvArguments.parse(
                    Arguments.of(
                        Map.of(
                            "csv_resource_uri",
                            URI,
                            "lookup_columns",
                            Map.of("email", Map.of("names", List.of("e"))))),
                    given))
        .hasMessageContaining("pass that workflow_id with this call");
  }
}
