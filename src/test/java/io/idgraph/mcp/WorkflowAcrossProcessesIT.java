package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow started over HTTP is known to a stdio server and to a restarted HTTP server. */
class WorkflowAcrossProcessesIT {
  @TempDir Path root;

  @Test
  void submitFeedback_acceptsWorkflowFromAnotherProcessAndAfterRestart() throws Exception {
    DataDir dir = ServerProcess.loadedDataDir(root);
    String token = ServerProcess.createKey(dir, "it");
    String workflowId;
    try (ServerProcess http = ServerProcess.startHttp(dir)) {
      McpSyncClient client = HttpToolsIT.connect(http, token);
      CallToolResult resolved =
          client.callTool(
              new CallToolRequest(
                  "resolve_identities",
                  Map.of("id_type", "email", "identifiers", List.of("customer1@example.com"))));
      workflowId = (String) AbstractMcpToolsIT.structured(resolved).get("workflow_id");
      client.closeGracefully();
    }

    McpSyncClient stdio = StdioToolsIT.connect(dir);
    try {
      assertThat(feedback(stdio, workflowId).isError()).isFalse();
    } finally {
      stdio.closeGracefully();
    }

    try (ServerProcess restarted = ServerProcess.startHttp(dir)) {
      McpSyncClient client = HttpToolsIT.connect(restarted, token);
      assertThat(feedback(client, workflowId).isError()).isFalse();
      client.closeGracefully();
    }
    assertThat(new WorkflowLog(dir.workflows()).calls(workflowId))
        .extracting(c -> c.tool() + "/" + c.transport())
        .containsExactly(
            "resolve_identities/http", "submit_feedback/stdio", "submit_feedback/http");
  }

  private static CallToolResult feedback(McpSyncClient client, String workflowId) {
    return client.callTool(
        new CallToolRequest(
            "submit_feedback",
            Map.of(
                "workflow_id",
                workflowId,
                "feedback_items",
                List.of(Map.of("feedback", "looks right", "kind", "other")))));
  }
}
