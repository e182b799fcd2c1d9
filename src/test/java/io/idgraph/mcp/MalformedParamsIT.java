package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed {@code params} shape, for the methods that need params, over HTTP and stdio
 * against the packaged jar: -32602 with a message that shows what to send, never a 500, never
 * exception text, a class name or a stack frame.
 */
class MalformedParamsIT {
  /** What Java internals look like in a message. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "(?i)exception|java\\.|io\\.modelcontextprotocol\\.|tools\\.jackson|\\$|cannot invoke|"
              + "\\bat [a-z]+\\.[a-z]");

  private static final List<String> SHAPES =
      List.of("", ",\"params\":null", ",\"params\":[1,2]", ",\"params\":\"x\"");

  @TempDir static Path root;
  private static McpWire.Both both;
  private static McpWire http;
  private static McpWire stdio;

  @BeforeAll
  static void start() throws Exception {
    both = McpWire.Both.start(root);
    http = both.http();
    stdio = both.stdio();
  }

  @AfterAll
  static void stop() throws Exception {
    if (both != null) {
      both.close();
    }
  }

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (McpWire wire : List.of(http, stdio)) {
      for (String method :
          List.of("tools/call", "resources/read", "initialize", "server/discover")) {
        for (String shape : SHAPES) {
          cases.add(Arguments.of(wire, method, shape));
        }
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} {1}{2}")
  @MethodSource("cases")
  void malformedParams_invalidParamsSayingWhatToSend(McpWire wire, String method, String shape)
      throws Exception {
    McpWire.Answer answer =
        wire.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"" + method + "\"" + shape + "}");
    assertThat(answer.code()).as(answer.body().toString()).isEqualTo(-32602);
    assertThat(answer.body().get("id").asInt()).isEqualTo(5);
    assertThat(answer.message())
        .as("the message shows the params to send")
        .containsAnyOf("\"name\"", "\"uri\"", "\"protocolVersion\"", "io.modelcontextprotocol/")
        .doesNotContainPattern(INTERNALS);
    if (wire.http()) {
      assertThat(answer.status()).isIn(200, 400);
    }
  }

  static List<Arguments> members() {
    List<Arguments> cases = new ArrayList<>();
    for (McpWire wire : List.of(http, stdio)) {
      cases.add(Arguments.of(wire, "tools/call", "{\"name\":7}", "tools/call params.name"));
      cases.add(
          Arguments.of(
              wire,
              "tools/call",
              "{\"name\":\"get_person\",\"arguments\":[\"12345\"]}",
              "tools/call params.arguments"));
      cases.add(Arguments.of(wire, "resources/read", "{\"uri\":{}}", "resources/read params.uri"));
      cases.add(
          Arguments.of(
              wire,
              "initialize",
              "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":\"all\","
                  + "\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}",
              "initialize params.capabilities"));
      cases.add(Arguments.of(wire, "tools/list", "{\"cursor\":5}", "params.cursor"));
      cases.add(Arguments.of(wire, "tools/list", "{\"_meta\":[]}", "params._meta"));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("members")
  void malformedMember_namedInTheMessage(McpWire wire, String method, String params, String named)
      throws Exception {
    McpWire.Answer answer =
        wire.send(
            "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\""
                + method
                + "\",\"params\":"
                + params
                + "}");
    assertThat(answer.code()).as(answer.body().toString()).isEqualTo(-32602);
    assertThat(answer.message()).startsWith(named).doesNotContainPattern(INTERNALS);
  }
}
