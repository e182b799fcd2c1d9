package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResolveArgumentsTest {
  private static ResolveRequest parse(Map<String, Object> args) {
    return ResolveArguments.parse(Arguments.of(args), 1000);
  }

  @Test
  void parse_singleFormDefaultsToPlaintext() {
    ResolveRequest request = parse(Map.of("id_type", "email", "identifiers", List.of("a@b.com")));
    assertThat(request.groups())
        .containsExactly(new IdentifierGroup(IdType.EMAIL, HashType.PLAINTEXT, List.of("a@b.com")));
    assertThat(request.identifierTypes()).containsExactly(IdType.EMAIL, IdType.PHONE);
    assertThat(request.minQualityScore()).isZero();
  }

  @Test
  void parse_multiFormWithNumbersAsPhones() {
    ResolveRequest request =
        parse(
            Map.of(
                "multi_identifiers",
                List.of(
                    Map.of("id_type", "email", "hash_type", "md5", "values", List.of("ab")),
                    Map.of("id_type", "phone", "values", List.of(5551234567L))),
                "identifier_types",
                List.of("address", "maid"),
                "min_quality_score",
                0.5));
    assertThat(request.groups())
        .containsExactly(
            new IdentifierGroup(IdType.EMAIL, HashType.MD5, List.of("ab")),
            new IdentifierGroup(IdType.PHONE, HashType.PLAINTEXT, List.of("5551234567")));
    assertThat(request.identifierTypes()).containsExactly(IdType.ADDRESS, IdType.MAID);
    assertThat(request.minQualityScore()).isEqualTo(0.5);
  }

  @Test
  void parse_defaultRegionMissingOrNullIsUs() {
    Map<String, Object> without = Map.of("id_type", "phone", "identifiers", List.of("5551234567"));
    assertThat(parse(without).defaultRegion()).isEqualTo("US");
    Map<String, Object> withNull = new java.util.HashMap<>();
    withNull.put("id_type", "phone");
    withNull.put("identifiers", List.of("5551234567"));
    withNull.put("default_region", null);
    assertThat(parse(withNull).defaultRegion()).isEqualTo("US");
  }

  @Test
  void parse_defaultRegionIsUpperCased() {
    ResolveRequest request =
        parse(
            Map.of(
                "id_type",
                "phone",
                "identifiers",
                List.of("020 7031 3000"),
                "default_region",
                "gb"));
    assertThat(request.defaultRegion()).isEqualTo("GB");
  }

  @Test
  void parse_unknownOrMistypedDefaultRegionSaysWhatToSend() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "id_type", "phone", "identifiers", List.of("1"), "default_region", "UK")))
        .isInstanceOf(IdgraphException.class)
        .hasMessage(
            "default_region must be a two-letter ISO 3166 region code such as US, GB or MX (the"
                + " country whose phones are written without a country code); got 'UK'");
    assertThatThrownBy(
            () ->
                parse(
                    Map.of("id_type", "phone", "identifiers", List.of("1"), "default_region", 44)))
        .isInstanceOf(IdgraphException.class)
        .hasMessage("default_region must be a string, got a number");
  }

  static List<Object[]> badArguments() {
    return List.of(
        new Object[] {
          Map.of("id_type", "mail", "identifiers", List.of("a@b.com")),
          "id_type must be one of email, phone, address, maid; got 'mail'"
        },
        new Object[] {Map.of(), "give either identifiers with id_type"},
        new Object[] {
          Map.of(
              "id_type", "email",
              "identifiers", List.of("a@b.com"),
              "multi_identifiers", List.of(Map.of("id_type", "email", "values", List.of("x")))),
          "give either identifiers with id_type, or multi_identifiers, not both"
        },
        new Object[] {
          Map.of("identifiers", List.of("a@b.com")),
          "id_type is required with identifiers: one of email, phone, address, maid"
        },
        new Object[] {
          Map.of("id_type", "address", "id_hash", "md5", "identifiers", List.of("x")),
          "address groups must be plaintext"
        },
        new Object[] {
          Map.of(
              "multi_identifiers",
              List.of(Map.of("id_type", "address", "hash_type", "sha256", "values", List.of("x")))),
          "address groups must be plaintext; got multi_identifiers[0].hash_type 'sha256'"
        },
        new Object[] {
          Map.of("id_type", "email", "id_hash", "sha512", "identifiers", List.of("x")),
          "id_hash must be one of plaintext, md5, sha1, sha256; got 'sha512'"
        },
        new Object[] {
          Map.of("id_type", "email", "identifiers", List.of()),
          "identifiers must hold at least one value"
        },
        new Object[] {
          Map.of("id_type", "email", "identifiers", "a@b.com"),
          "identifiers must be an array, got a string"
        },
        new Object[] {
          Map.of("id_type", "email", "identifiers", List.of(Map.of())),
          "identifiers[0] must be a string or an integer, got an object"
        },
        new Object[] {
          Map.of("id_type", "email", "hash_type", "md5", "identifiers", List.of("x")),
          "unknown argument 'hash_type'; with identifiers the encoding is given as id_hash"
        },
        new Object[] {
          Map.of(
              "multi_identifiers",
              List.of(Map.of("id_type", "email", "identifiers", List.of("x")))),
          "unknown argument 'multi_identifiers[0].identifiers'"
        },
        new Object[] {
          Map.of("id_type", "email", "identifiers", List.of("x"), "min_quality_score", 1.5),
          "min_quality_score must be a number from 0 to 1, got 1.5"
        },
        new Object[] {
          Map.of(
              "id_type", "email", "identifiers", List.of("x"), "identifier_types", List.of("fax")),
          "identifier_types[0] must be one of email, phone, address, maid; got 'fax'"
        },
        new Object[] {
          Map.of(
              "id_type", "email",
              "identifiers", List.of("x"),
              "csv_resource_uri", "workflow://0b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d/uploads/a.csv"),
          "give either csv_resource_uri with lookup_columns, or identifiers/multi_identifiers,"
              + " not both"
        },
        new Object[] {
          Map.of("id_type", "email", "identifiers", List.of("x"), "format", "xml"),
          "format must be one of none, csv, json, jsonl; got 'xml'"
        });
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void parse_badArgumentSaysWhatToChange(Map<String, Object> args, String message) {
    assertThatThrownBy(() -> parse(args))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining(message);
  }
}
