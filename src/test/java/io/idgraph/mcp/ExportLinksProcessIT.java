package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.cli.Main;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed links against the packaged jar: served without a token at --public-url, never logged,
 * revoked by {@code idgraph keys rotate-signing} on the running server.
 */
class ExportLinksProcessIT {
  @TempDir Path root;

  @Test
  @SuppressWarnings("unchecked")
  void links_areNotLoggedAndRotationRevokesThemLive() throws Exception {
    DataDir dir = ServerProcess.loadedDataDir(root);
    String token = ServerProcess.createKey(dir, "links");
    HttpClient http = HttpClient.newHttpClient();
    try (ServerProcess server = ServerProcess.startHttp(dir, "--export-ttl", "600")) {
      McpSyncClient client = HttpToolsIT.connect(server, token);
      try {
        var result =
            client.callTool(
                new CallToolRequest(
                    "resolve_identities",
                    Map.of(
                        "id_type", "email",
                        "identifiers", List.of("customer1@example.com"),
                        "format", "json")));
        Map<String, Object> export =
            (Map<String, Object>)
                Json.MAPPER.readValue(AbstractMcpToolsIT.text(result), Map.class).get("export");
        String url = (String) export.get("url");
        assertThat(url).startsWith(server.baseUrl() + "/v1/files/");
        HttpResponse<String> ok =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"person_id\":12347");

        assertThat(Main.run("keys", "rotate-signing", "--data", dir.root().toString())).isZero();
        HttpResponse<String> revoked =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(403);

        String sig = url.substring(url.indexOf("sig=") + 4);
        assertThat(server.log()).doesNotContain(sig).doesNotContain("customer1@example.com");
      } finally {
        client.closeGracefully();
      }
    }
  }
}
