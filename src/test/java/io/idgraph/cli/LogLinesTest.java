package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLinesTest {
  @Test
  void escape_controlCharactersBecomeVisibleEscapes() {
    assertThat(LogLines.escape("client agent\n2026-01-01 INFO admin login ok\r"))
        .isEqualTo("client agent\\n2026-01-01 INFO admin login ok\\r");
    assertThat(LogLines.escape("bell\u0007 esc\u001b[31m del\u007f"))
        .isEqualTo("bell\\u0007 esc\\u001b[31m del\\u007f");
    assertThat(LogLines.escape("plain\ttabbed text")).isEqualTo("plain\ttabbed text");
  }

  @Test
  void escape_cutsVeryLongLines() {
    String escaped = LogLines.escape("x".repeat(LogLines.MAX_LINE + 5));
    assertThat(escaped).startsWith("x".repeat(LogLines.MAX_LINE)).endsWith("characters, cut)");
  }
}
