package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Files that hold personal data are private whatever the umask, and links planted in the data dir
 * are not followed: load, keys and serve run from the packaged jar under umask 000.
 */
class PrivateFilesIT {
  @TempDir Path root;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void dataDir_isOwnerOnlyUnderAnOpenUmaskAndLinksAreNotFollowed() throws Exception {
    Path graph = root.resolve("small-graph.jsonl");
    try (var in = ServerProcess.class.getResourceAsStream("small-graph.jsonl")) {
      Files.copy(in, graph);
    }
    DataDir dir = new DataDir(root.resolve("data"));
    run("load", "--data", dir.root().toString(), graph.toString());
    String token = ServerProcess.createKey(dir, "private");
    try (ServerProcess server = ServerProcess.startHttpUnderUmask("000", dir)) {
      JsonNode resolved =
          call(
              server,
              token,
              "resolve_identities",
              Map.of(
                  "id_type",
                  "email",
                  "identifiers",
                  List.of("customer1@example.com"),
                  "format",
                  "csv"));
      String workflow = resolved.get("workflow_id").asString();
      JsonNode link =
          call(
              server,
              token,
              "generate_url_for_upload",
              Map.of("workflow_id", workflow, "filename", "people.csv"));
      HttpResponse<String> put =
          http.send(
              HttpRequest.newBuilder(URI.create(link.get("upload_url").asString()))
                  .PUT(HttpRequest.BodyPublishers.ofString("email\ncustomer1@example.com\n"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isEqualTo(201);
      call(
          server,
          token,
          "submit_feedback",
          Map.of("workflow_id", workflow, "feedback_items", List.of(Map.of("feedback", "ok"))));

      assertOwnerOnly(dir.root());

      // a folder of the workflow swapped for a link to a folder elsewhere is not followed
      JsonNode download =
          call(
              server,
              token,
              "generate_download_url",
              Map.of("workflow_id", workflow, "resource_uri", link.get("resource_uri").asString()));
      URI url = URI.create(download.get("download_url").asString());
      assertThat(get(url).statusCode()).isEqualTo(200);
      Path uploads = dir.exports().resolve(workflow).resolve("uploads");
      Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
      Files.writeString(elsewhere.resolve("people.csv"), "email\nsomeone-else@example.com\n");
      Files.move(uploads, root.resolve("moved-away"));
      Files.createSymbolicLink(uploads, elsewhere);
      HttpResponse<String> followed = get(url);
      assertThat(followed.statusCode()).isEqualTo(404);
      assertThat(followed.body()).doesNotContain("someone-else");
      JsonNode again =
          callRaw(
              server,
              token,
              "generate_download_url",
              Map.of("workflow_id", workflow, "resource_uri", link.get("resource_uri").asString()));
      assertThat(again.get("isError").asBoolean()).isTrue();
      assertThat(again.at("/content/0/text").asString()).contains("does not exist");
    }
  }

  /** Every folder under the data dir is 0700, and every file of ours in it 0600. */
  private static void assertOwnerOnly(Path dataDir) throws Exception {
    try (Stream<Path> paths = Files.walk(dataDir)) {
      for (Path p : paths.toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        if (Files.isDirectory(p)) {
          assertThat(mode).as("folder %s", dataDir.relativize(p)).isEqualTo("rwx------");
        } else if (!p.startsWith(dataDir.resolve("graph")) && !p.toString().endsWith(".lock")) {
          // the store's own files are RocksDB's: its folder is what keeps them private
          assertThat(mode).as("file %s", dataDir.relativize(p)).isEqualTo("rw-------");
        }
      }
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      assertThat(files.map(p -> dataDir.relativize(p).toString()))
          .anyMatch(p -> p.startsWith("exports/") && p.endsWith(".csv") && p.contains("artifacts"))
          .anyMatch(p -> p.endsWith("uploads/people.csv"))
          .anyMatch(p -> p.startsWith("workflows/") && p.endsWith(".jsonl"))
          .anyMatch(p -> p.equals("feedback/feedback.jsonl"));
    }
  }

  private HttpResponse<String> get(URI url) throws Exception {
    return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode call(ServerProcess server, String token, String tool, Map<String, Object> args)
      throws Exception {
    JsonNode result = callRaw(server, token, tool, args);
    assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
    return result.get("structuredContent");
  }

  private JsonNode callRaw(
      ServerProcess server, String token, String tool, Map<String, Object> args) throws Exception {
    return server.callTool(token, tool, args);
  }

  private void run(String... args) throws Exception {
    Process p =
        new ProcessBuilder(ServerProcess.underUmask("000", ServerProcess.javaCommand(args)))
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("run.log").toFile())
            .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(root.resolve("run.log"))).isZero();
  }
}
