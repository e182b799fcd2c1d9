package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import io.idgraph.mcp.RevisionClassifier.Legacy;
import io.idgraph.mcp.RevisionClassifier.Modern;
import io.idgraph.mcp.RevisionClassifier.Rejected;
import io.idgraph.mcp.RevisionClassifier.Route;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

class RevisionClassifierTest {
  private static final String META =
      "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
          + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
  private final RevisionClassifier classifier =
      new RevisionClassifier(List.of("2025-03-26", "2025-06-18", "2025-11-25"));

  private Route classify(String method, String params, RequestHeaders headers) {
    JsonNode node = params == null ? null : Json.MAPPER.readTree(params);
    return classifier.classify(IntNode.valueOf(3), method, node, headers);
  }

  private static JsonNode error(Route route) {
    assertThat(route).isInstanceOf(Rejected.class);
    return Json.MAPPER.readTree(((Rejected) route).reply().text()).get("error");
  }

  @Test
  void classify_noMetaNoHeaderIsLegacy() {
    assertThat(classify("tools/list", null, RequestHeaders.NONE)).isInstanceOf(Legacy.class);
    assertThat(classify("initialize", "{}", RequestHeaders.http("2025-11-25", null, null)))
        .isInstanceOf(Legacy.class);
  }

  @Test
  void classify_metaClaimIsModernOnStdioWithoutHeaders() {
    assertThat(classify("tools/list", META + "}", RequestHeaders.NONE)).isInstanceOf(Modern.class);
  }

  @Test
  void classify_httpNeedsMatchingHeaders() {
    String call = META + ",\"name\":\"get_person\"}";
    assertThat(
            classify(
                "tools/call",
                call,
                RequestHeaders.http("2026-07-28", "tools/call", " get_person ")))
        .isInstanceOf(Modern.class);
    String encoded =
        "=?base64?"
            + Base64.getEncoder().encodeToString("get_person".getBytes(StandardCharsets.UTF_8))
            + "?=";
    assertThat(
            classify("tools/call", call, RequestHeaders.http("2026-07-28", "tools/call", encoded)))
        .isInstanceOf(Modern.class);
    JsonNode wrongName =
        error(classify("tools/call", call, RequestHeaders.http("2026-07-28", "tools/call", "x")));
    assertThat(wrongName.get("code").asInt()).isEqualTo(-32020);
    JsonNode noMethod =
        error(classify("tools/call", call, RequestHeaders.http("2026-07-28", null, "get_person")));
    assertThat(noMethod.get("message").asString()).contains("Mcp-Method header is missing");
    JsonNode badBase64 =
        error(
            classify(
                "tools/call",
                call,
                RequestHeaders.http("2026-07-28", "tools/call", "=?base64?%%?=")));
    assertThat(badBase64.get("code").asInt()).isEqualTo(-32020);
  }

  @Test
  void classify_unsupportedVersionListsWhatIsSpoken() {
    String old = META.replace("2026-07-28", "2031-01-01") + "}";
    JsonNode error = error(classify("tools/list", old, RequestHeaders.NONE));
    assertThat(error.get("code").asInt()).isEqualTo(-32022);
    assertThat(error.at("/data/supported").toString()).isEqualTo("[\"2026-07-28\"]");
    assertThat(error.at("/data/requested").asString()).isEqualTo("2031-01-01");
    JsonNode header =
        error(classify("tools/list", null, RequestHeaders.http("2024-01-01", null, null)));
    assertThat(header.at("/data/supported").toString())
        .isEqualTo("[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\"]");
  }

  @Test
  void classify_modernWithoutEnvelopeIsInvalidParams() {
    JsonNode discover = error(classify("server/discover", "[]", RequestHeaders.NONE));
    assertThat(discover.get("code").asInt()).isEqualTo(-32602);
    assertThat(discover.get("message").asString()).contains("params must be a JSON object");
    JsonNode header =
        error(classify("tools/list", "{}", RequestHeaders.http("2026-07-28", "tools/list", null)));
    assertThat(header.get("message").asString())
        .endsWith(
            "missing: io.modelcontextprotocol/protocolVersion,"
                + " io.modelcontextprotocol/clientCapabilities");
    JsonNode initialize =
        error(classify("initialize", "{}", RequestHeaders.http("2026-07-28", "initialize", null)));
    assertThat(initialize.get("code").asInt()).isEqualTo(-32020);
  }
}
