package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A full disk and a read-only data dir against the packaged jar: the data dir is a small tmpfs
 * (mounting needs root; the test is skipped, saying so, where it is not permitted). Every write
 * path answers a clear error naming the cause and leaves nothing half-written; /healthz and
 * /metrics say the data dir cannot be written; a call that cannot be recorded is refused.
 */
class DiskTroubleIT {
  @TempDir Path root;
  private Path mount;
  private ServerProcess server;
  private String token;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void mountSmallDisk() throws Exception {
    mount = Files.createDirectories(root.resolve("data"));
    int exit = sh("mount -t tmpfs -o size=24m,mode=0700 idgraph-it " + mount);
    Assumptions.assumeTrue(
        exit == 0, "skipped: mounting a tmpfs is not permitted here (needs root)");
    DataDir dir = ServerProcess.loadedDataDir(root);
    assertThat(dir.root()).isEqualTo(mount);
    token = ServerProcess.createKey(dir, "disk");
    server = ServerProcess.startHttp(dir);
  }

  @AfterEach
  void unmount() throws Exception {
    if (server != null) {
      server.close();
    }
    if (mount != null) {
      sh("umount " + mount);
    }
  }

  @Test
  void fullDisk_everyWriteSaysSoAndLeavesNothing() throws Exception {
    JsonNode first = ok(call("resolve_identities", emails(Map.of())));
    String workflow = first.get("workflow_id").asString();
    JsonNode link =
        ok(call("generate_url_for_upload", Map.of("workflow_id", workflow, "filename", "a.csv")));
    Path filler = fill();

    assertThat(health()).contains("\"status\":\"degraded\"").contains("not writable: full");
    assertThat(metrics()).contains("idgraph_data_dir_writable 0.0");

    JsonNode export = exportOnePerson(workflow);
    assertThat(export.get("isError").asBoolean()).isTrue();
    assertThat(text(export)).contains("disk is full").doesNotContain("internal error");

    JsonNode feedback =
        call(
            "submit_feedback",
            Map.of("workflow_id", workflow, "feedback_items", List.of(Map.of("feedback", "x"))));
    assertThat(text(feedback)).contains("cannot store the feedback").contains("disk is full");

    JsonNode unrecorded = call("resolve_identities", emails(Map.of()));
    assertThat(unrecorded.get("isError").asBoolean()).as("a call that cannot be recorded").isTrue();
    assertThat(text(unrecorded))
        .contains("cannot record the call in the workflow log")
        .contains("disk is full")
        .doesNotContain("customer1");

    HttpResponse<String> upload =
        http.send(
            HttpRequest.newBuilder(URI.create(link.get("upload_url").asString()))
                .PUT(
                    HttpRequest.BodyPublishers.ofString("email\n" + "x@example.com\n".repeat(2000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(upload.statusCode()).isEqualTo(507);
    assertThat(upload.body()).contains("disk is full").contains("nothing of it was kept");

    assertThat(leftovers()).as("temporary and empty files").isEmpty();

    Files.delete(filler);
    assertThat(health()).contains("\"status\":\"ok\"");
    assertThat(ok(exportOnePerson(workflow)).at("/export/rows").asInt()).isEqualTo(1);
  }

  /** get_person of one person's names, as a CSV export (a file written to the data dir). */
  private JsonNode exportOnePerson(String workflow) throws Exception {
    return call(
        "get_person",
        Map.of(
            "workflow_id",
            workflow,
            "person_ids",
            List.of(12345),
            "domains",
            List.of("name"),
            "format",
            "csv"));
  }

  @Test
  void readOnlyDataDir_exportsSaySoAndHealthTells() throws Exception {
    String workflow =
        ok(call("resolve_identities", emails(Map.of()))).get("workflow_id").asString();
    assertThat(sh("mount -o remount,ro " + mount)).isZero();
    try {
      JsonNode export =
          call("resolve_identities", emails(Map.of("workflow_id", workflow, "format", "csv")));
      assertThat(export.get("isError").asBoolean()).isTrue();
      assertThat(text(export)).contains("read-only file system").doesNotContain("internal error");
      assertThat(health()).contains("not writable: read_only");
      assertThat(metrics()).contains("idgraph_data_dir_writable 0.0");
    } finally {
      sh("mount -o remount,rw " + mount);
    }
    assertThat(health()).contains("\"status\":\"ok\"");
  }

  private static Map<String, Object> emails(Map<String, Object> more) {
    Map<String, Object> args =
        new java.util.HashMap<>(
            Map.of("id_type", "email", "identifiers", List.of("customer1@example.com")));
    args.putAll(more);
    return args;
  }

  /** Fills the tmpfs until a write fails with no space left. */
  private Path fill() throws IOException {
    Path filler = mount.resolve("filler");
    byte[] chunk = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException e) {
      assertThat(e.getMessage()).contains("No space left");
    }
    return filler;
  }

  /** Temporary files (hidden .part, .tmp) and empty files left under the data dir. */
  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(mount)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(mount.resolve("graph")) && !p.endsWith("filler"))
          .filter(p -> !p.toString().endsWith(".lock"))
          .filter(
              p ->
                  p.getFileName().toString().endsWith(".part")
                      || p.getFileName().toString().endsWith(".tmp")
                      || size(p) == 0)
          .map(p -> mount.relativize(p).toString())
          .toList();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  private String health() throws Exception {
    Thread.sleep(1100); // the probe's answer is kept for a second
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/healthz")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isIn(200, 503);
    assertThat(response.statusCode() == 200).isEqualTo(response.body().contains("\"ok\""));
    return response.body();
  }

  private String metrics() throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private JsonNode call(String tool, Map<String, Object> args) throws Exception {
    return server.callTool(token, tool, args);
  }

  private static JsonNode ok(JsonNode result) {
    assertThat(result.get("isError").asBoolean()).as(result.toString()).isFalse();
    return result.get("structuredContent");
  }

  private static String text(JsonNode result) {
    return result.at("/content/0/text").asString();
  }

  private static int sh(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
