package io.idgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.IdgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceUriTest {
  static final String WF = "0b6c1f0e-8a4e-4c3b-9d2a-1e2f3a4b5c6d";

  @Test
  void parse_roundTrips() {
    ResourceUri uri = ResourceUri.parse("workflow://" + WF + "/artifacts/resolve-ab12.csv");
    assertThat(uri.kind()).isEqualTo(ArtifactKind.ARTIFACTS);
    assertThat(uri.filename()).isEqualTo("resolve-ab12.csv");
    assertThat(uri.toString()).isEqualTo("workflow://" + WF + "/artifacts/resolve-ab12.csv");
  }

  @Test
  void parseWithQuery_splitsTheQuery() {
    var parsed =
        ResourceUri.parseWithQuery("workflow://" + WF + "/uploads/in.csv?offset=5&limit=2");
    assertThat(parsed.uri().kind()).isEqualTo(ArtifactKind.UPLOADS);
    assertThat(parsed.query()).isEqualTo("offset=5&limit=2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        "../x.csv",
        "..%2fx.csv",
        "%2e%2e",
        "%2e%2e%2fetc",
        "%252e%252e%252f",
        "..\\x",
        "a\\b.csv",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "x.csv%00",
        "%c0%ae%c0%ae",
        ".hidden",
        "a..b.csv",
        "a/b.csv",
        "",
        " x.csv",
        "x.csv "
      })
  void parse_refusesTraversalAndOddNames(String filename) {
    assertThatThrownBy(() -> ResourceUri.parse("workflow://" + WF + "/artifacts/" + filename))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining("must");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://x/artifacts/a.csv",
        "workflow://not-a-uuid/artifacts/a.csv",
        "workflow://" + WF + "/secrets/a.csv",
        "workflow://" + WF + "/artifacts",
        "workflow://"
      })
  void parse_refusesOtherShapes(String uri) {
    assertThatThrownBy(() -> ResourceUri.parse(uri)).isInstanceOf(IdgraphException.class);
  }
}
