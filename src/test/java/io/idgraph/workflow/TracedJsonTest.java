package io.idgraph.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import io.idgraph.profile.PersonResult;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TracedJsonTest {
  private static final String WF = "550e8400-e29b-41d4-a716-446655440000";
  private static final String TRACE = "0123456789abcdef0123456789abcdef";

  @Test
  void write_equalsTheResultTreeWithTheIds() {
    PersonResult result =
        new PersonResult(
            List.of(
                new Profile("12", new ProfileMetadata(0.5, null), Map.of("age_range", "35-44"))),
            List.of("13"));
    ObjectNode expected = Json.MAPPER.valueToTree(result);
    expected.put("workflow_id", WF);
    expected.put("tool_trace_id", TRACE);
    assertThat(Json.MAPPER.readTree(TracedJson.write(result, WF, TRACE))).isEqualTo(expected);
  }

  @Test
  void write_emptyObject() {
    record Empty() {}
    assertThat(TracedJson.write(new Empty(), WF, TRACE))
        .isEqualTo("{\"workflow_id\":\"" + WF + "\",\"tool_trace_id\":\"" + TRACE + "\"}");
  }

  @Test
  void writeBytes_isTheTextInUtf8_compact() {
    Map<String, Object> result = Map.of("name", "Zoë", "list", List.of(1, 2));
    byte[] bytes = TracedJson.writeBytes(result, WF, TRACE);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(TracedJson.write(result, WF, TRACE))
        .doesNotContain("\n")
        .doesNotContain(" ");
  }
}
