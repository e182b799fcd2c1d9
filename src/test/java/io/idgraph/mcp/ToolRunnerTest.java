package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.DataDirAuditLog;
import io.idgraph.auth.Caller;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolRunnerTest {
  @TempDir Path dir;
  DataDirAuditLog audit;
  ToolRunner runner;

  @BeforeEach
  void runner() {
    audit = new DataDirAuditLog(dir.resolve("audit"));
    runner =
        new ToolRunner(
            new WorkflowLog(dir.resolve("workflows")), new ToolMetrics(), Clock.systemUTC(), audit);
  }

  @Test
  void run_callOutOfMemory_answersAToolErrorSayingWhatToChange_andAuditsIt() {
    IdgraphTool greedy =
        new IdgraphTool(
            "resolve_identities",
            (args, context) -> {
              throw new OutOfMemoryError("Java heap space");
            });

    CallToolResult result = runner.run(greedy, Map.of(), "http", Caller.STDIO);

    assertThat(result.isError()).isTrue();
    assertThat(((TextContent) result.content().get(0)).text())
        .contains("ran out of memory")
        .contains("send fewer identifiers per call")
        .contains("-Xmx");
    assertThat(audit.read(null, null))
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("resolve_identities", "error"));
  }

  @Test
  void run_outOfMemoryThrownAgainByAClose_isStillSaidToBeOutOfMemory() {
    OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
    IdgraphTool tool =
        new IdgraphTool(
            "resolve_identities",
            (args, context) -> {
              // what try-with-resources throws when close() throws the body's own error again
              throw new IllegalArgumentException("Self-suppression not permitted", shared);
            });

    CallToolResult result = runner.run(tool, Map.of(), "http", Caller.STDIO);

    assertThat(result.isError()).isTrue();
    assertThat(((TextContent) result.content().get(0)).text()).contains("ran out of memory");
  }
}
