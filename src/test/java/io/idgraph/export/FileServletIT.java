package io.idgraph.export;

import static io.idgraph.export.ResourceUriTest.WF;
import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.http.FileServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file servlet on a real Jetty: downloads, uploads and every refusal, over real HTTP. */
class FileServletIT {
  @TempDir Path dir;
  final TestClock clock = new TestClock(Instant.now());
  final HttpClient http = HttpClient.newHttpClient();
  Server server;
  String base;
  Exports exports;
  SigningKeys keys;

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    keys = new SigningKeys(dir.resolve("signing-keys.json"));
    ArtifactStore store = new ArtifactStore(dir.resolve("exports"), clock, Duration.ofHours(1));
    UrlSigner signer = new UrlSigner(keys, clock, ArtifactStore.MAX_TTL, () -> base);
    exports = new Exports(store, signer, 1000);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new FileServlet(signer, exports)), "/v1/files/*");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  Export exportOf(String text) {
    return exports.write(
        WF,
        "test",
        "1",
        ExportFormat.CSV,
        new Columns<String>() {
          @Override
          public java.util.List<String> header() {
            return java.util.List.of("v");
          }

          @Override
          public java.util.List<String> fields(String row) {
            return java.util.List.of(row);
          }
        },
        RowSource.inWaves(1, java.util.List.of(text)::subList));
  }

  HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String url, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/csv")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void get_downloadsWithSafeHeaders() throws Exception {
    Export export = exportOf("hello, world");
    HttpResponse<String> res = get(export.url());
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEqualTo("v\r\n\"hello, world\"\r\n");
    assertThat(res.body().getBytes(StandardCharsets.UTF_8)).hasSize((int) export.sizeBytes());
    assertThat(export.rows()).isEqualTo(1);
    var h = res.headers();
    assertThat(h.firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(h.firstValue("Cache-Control")).contains("no-store, private");
    assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(h.firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(h.firstValue("Content-Disposition")).contains("attachment; filename=\"test-1.csv\"");
  }

  @Test
  void get_expiredLinkIs410WithTheTime() throws Exception {
    Export export = exportOf("x");
    clock.advance(Duration.ofHours(1));
    HttpResponse<String> res = get(export.url());
    assertThat(res.statusCode()).isEqualTo(410);
    assertThat(res.body())
        .contains("this link expired at " + export.expiresAt())
        .contains("generate_download_url");
  }

  @Test
  void get_tamperedLinkIs403AndRotationRevokes() throws Exception {
    Export export = exportOf("x");
    assertThat(get(export.url().replace("expires=", "expires=1")).statusCode()).isEqualTo(403);
    assertThat(get(export.url().replaceFirst("kid=[0-9a-f]+", "kid=abc")).statusCode())
        .isEqualTo(403);
    assertThat(get(export.url().replace("sig=", "sig=A")).statusCode()).isEqualTo(403);
    assertThat(get(export.url().replace("test-1.csv", "test-2.csv")).statusCode()).isEqualTo(403);
    assertThat(get(export.url() + "&extra=1").statusCode()).isEqualTo(403);
    assertThat(get(export.url()).statusCode()).isEqualTo(200);
    keys.rotate();
    HttpResponse<String> revoked = get(export.url());
    assertThat(revoked.statusCode()).isEqualTo(403);
    assertThat(revoked.body()).contains("rotated");
  }

  @Test
  void get_fileGoneIs404() throws Exception {
    Export export = exportOf("x");
    Files.delete(exports.store().pathOf(ResourceUri.parse(export.resourceUri())));
    assertThat(get(export.url()).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/files/" + WF + "/artifacts/../../../signing-keys.json",
        "/v1/files/" + WF + "/artifacts/%2e%2e/%2e%2e/%2e%2e/signing-keys.json",
        "/v1/files/" + WF + "/artifacts/..%2f..%2f..%2fsigning-keys.json",
        "/v1/files/" + WF + "/artifacts/%252e%252e%252fsigning-keys.json",
        "/v1/files/" + WF + "/artifacts/..%5c..%5csigning-keys.json",
        "/v1/files/" + WF + "/artifacts/%00signing-keys.json",
        "/v1/files/" + WF + "/artifacts/%c0%ae%c0%ae/signing-keys.json",
        "/v1/files//etc/passwd",
        "/v1/files/C:%5cWindows%5cwin.ini"
      })
  void get_traversalNeverServesAFile(String rawPath) throws Exception {
    Files.createDirectories(dir.resolve("exports"));
    Files.writeString(dir.resolve("exports").resolve("x"), "do not serve");
    exportOf("x");
    HttpResponse<String> res = get(base + rawPath + "?expires=1&kid=a&sig=b");
    assertThat(res.statusCode()).isIn(400, 403, 404);
    assertThat(res.body()).doesNotContain("current").doesNotContain("root:");
  }

  @Test
  void put_uploadsOnceThenRefusesAnother() throws Exception {
    UploadLink link = exports.uploadUrl(WF, "in.csv");
    HttpResponse<String> res =
        put(link.uploadUrl(), "email\na@example.com\n".getBytes(StandardCharsets.UTF_8));
    assertThat(res.statusCode()).isEqualTo(201);
    assertThat(res.body()).contains(link.resourceUri());
    assertThat(Files.readString(exports.store().pathOf(ResourceUri.parse(link.resourceUri()))))
        .isEqualTo("email\na@example.com\n");
    HttpResponse<String> again = put(link.uploadUrl(), "other".getBytes(StandardCharsets.UTF_8));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("never overwritten");
    DownloadLink download = exports.downloadUrl(WF, link.resourceUri());
    assertThat(get(download.downloadUrl()).body()).isEqualTo("email\na@example.com\n");
  }

  @Test
  void put_overTheLimitIs413AndKeepsNothing() throws Exception {
    UploadLink link = exports.uploadUrl(WF, "big.csv");
    HttpResponse<String> res = put(link.uploadUrl(), new byte[1001]);
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(res.body()).contains("larger than the limit of 1000 bytes");
    assertThat(exports.store().find(ResourceUri.parse(link.resourceUri()))).isEmpty();
  }

  @Test
  void put_streamedBodyOverTheLimitIs413() throws Exception {
    UploadLink link = exports.uploadUrl(WF, "chunked.csv");
    HttpResponse<String> res =
        http.send(
            HttpRequest.newBuilder(URI.create(link.uploadUrl()))
                .PUT(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[5000])))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(exports.store().find(ResourceUri.parse(link.resourceUri()))).isEmpty();
  }

  @Test
  void put_withADownloadLinkIsForbidden() throws Exception {
    Export export = exportOf("x");
    assertThat(put(export.url(), new byte[1]).statusCode()).isEqualTo(403);
  }

  @Test
  void get_uploadLinkDoesNotDownload() throws Exception {
    UploadLink link = exports.uploadUrl(WF, "in.csv");
    put(link.uploadUrl(), "a".getBytes(StandardCharsets.UTF_8));
    assertThat(get(link.uploadUrl()).statusCode()).isEqualTo(403);
  }
}
