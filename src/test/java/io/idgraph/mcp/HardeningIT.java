package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and careless clients against the packaged jar: CORS for an allowed origin, throttled
 * failed keys, bounded pages of a very wide CSV, slow clients that send half a body, and log lines
 * a client cannot forge. After every test the server must still answer.
 */
class HardeningIT {
  static final String APP = "https://app.example.com";
  private static final String PING = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}";
  private static final int PAGE_BYTES = 65536;

  @TempDir static Path root;
  private static ServerProcess server;
  private static String token;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    DataDir dataDir = ServerProcess.loadedDataDir(root);
    token = ServerProcess.createKey(dataDir, "it");
    server =
        ServerProcess.startHttp(
            dataDir,
            "--allowed-origin",
            APP,
            "--max-auth-failures",
            "5",
            "--max-page-bytes",
            Integer.toString(PAGE_BYTES),
            "--max-transfers",
            "4");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void serverStillAnswers() throws Exception {
    assertThat(post(PING, token).statusCode()).isEqualTo(200);
    assertThat(server.isAlive()).isTrue();
  }

  static HttpResponse<String> post(String body, String key, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode call(String tool, Map<String, Object> arguments) throws Exception {
    HttpResponse<String> response = post(HttpProtocolIT.toolCall(tool, arguments), token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.MAPPER.readTree(response.body()).get("result");
  }

  @Test
  void cors_preflightFromAllowedOriginIsAnsweredWithoutAKey() throws Exception {
    // what a browser sends before a cross-origin POST with Authorization
    HttpRequest preflight =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", APP)
            .header("Access-Control-Request-Method", "POST")
            .header(
                "Access-Control-Request-Headers", "authorization,content-type,mcp-protocol-version")
            .build();
    HttpResponse<String> response = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(204);
    var headers = response.headers();
    assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(APP);
    assertThat(headers.firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    assertThat(
            headers
                .firstValue("Access-Control-Allow-Headers")
                .orElseThrow()
                .toLowerCase(Locale.ROOT))
        .contains("authorization", "content-type", "mcp-protocol-version");
    assertThat(headers.firstValue("Access-Control-Allow-Credentials")).isEmpty();

    HttpResponse<String> actual = post(PING, token, "Origin", APP);
    assertThat(actual.statusCode()).isEqualTo(200);
    assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
    assertThat(actual.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("Mcp-Session-Id", "Mcp-Protocol-Version", "WWW-Authenticate");
    HttpResponse<String> unauthorized = post(PING, null, "Origin", APP);
    assertThat(unauthorized.statusCode()).isIn(401, 429); // 429 once the throttle test ran
    assertThat(unauthorized.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
  }

  @Test
  void cors_otherOriginsGetNoCorsHeaders() throws Exception {
    HttpRequest preflight =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .build();
    HttpResponse<String> response = HTTP.send(preflight, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> post = post(PING, token, "Origin", "https://evil.example");
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("access-control-"));
  }

  @Test
  void auth_failuresAreThrottledAndCountedButValidKeysPass() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(post(PING, "idg_wrong-" + i).statusCode());
    }
    // a burst of at most 5 failures a minute from this address (other tests may have used some)
    assertThat(statuses).containsOnly(401, 429).endsWith(429, 429, 429);
    assertThat(statuses.lastIndexOf(401)).isLessThan(statuses.indexOf(429));
    HttpResponse<String> throttled = post(PING, null);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(throttled.body()).contains("too many failed authentications");

    long start = System.nanoTime();
    assertThat(post(PING, token).statusCode()).as("a valid key is never held back").isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    HttpRequest metrics =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
            .header("Authorization", "Bearer " + token)
            .build();
    String text = HTTP.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
    assertThat(text)
        .containsPattern("idgraph_auth_failures_total\\{reason=\"invalid\"} [1-5]\\.0")
        .containsPattern("idgraph_auth_failures_total\\{reason=\"throttled\"} [4-9]\\.0");
  }

  @Test
  void pages_ofAVeryWideCsvStayWithinThePageLimit() throws Exception {
    JsonNode link = call("generate_url_for_upload", Map.of("filename", "wide.csv"));
    JsonNode upload = link.get("structuredContent");
    StringBuilder csv = new StringBuilder();
    int columns = 100;
    for (int c = 0; c < columns; c++) {
      csv.append(c == 0 ? "" : ",").append("column_").append(c);
    }
    csv.append('\n');
    String cell = "v".repeat(100);
    for (int r = 0; r < 60; r++) {
      for (int c = 0; c < columns; c++) {
        csv.append(c == 0 ? "" : ",").append(cell);
      }
      csv.append('\n');
    }
    csv.append("x".repeat(PAGE_BYTES + 10)).append('\n'); // one row wider than a page
    HttpResponse<String> put =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(upload.get("upload_url").asString()))
                .PUT(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);

    String uri = upload.get("resource_uri").asString();
    JsonNode page = read(uri + "?offset=0&limit=50&format=json");
    JsonNode contents = page.at("/result/contents/0");
    String text = contents.get("text").asString();
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PAGE_BYTES);
    int rows = contents.at("/_meta/rows").asInt();
    assertThat(rows).isBetween(1, 49);
    assertThat(Json.MAPPER.readTree(text)).hasSize(rows);
    assertThat(contents.at("/_meta/next_offset").asLong()).isEqualTo(rows);

    JsonNode wide = read(uri + "?offset=60&limit=1");
    assertThat(wide.at("/error/message").asString())
        .contains("a page holds at most " + PAGE_BYTES + " bytes")
        .contains("generate_download_url");
  }

  private static JsonNode read(String uri) throws Exception {
    String body =
        Json.MAPPER.writeValueAsString(
            Map.of(
                "jsonrpc",
                "2.0",
                "id",
                3,
                "method",
                "resources/read",
                "params",
                Map.of("uri", uri)));
    return Json.MAPPER.readTree(post(body, token).body());
  }

  @Test
  void slowClients_halfSentBodiesDoNotStopTheServer() throws Exception {
    JsonNode link =
        call("generate_url_for_upload", Map.of("filename", "slow.csv")).get("structuredContent");
    URI upload = URI.create(link.get("upload_url").asString());
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        sockets.add(halfSent("/mcp", "Authorization: Bearer " + token + "\r\n"));
      }
      for (int i = 0; i < 30; i++) {
        sockets.add(halfSent(upload.getRawPath() + "?" + upload.getRawQuery(), ""));
      }
      long start = System.nanoTime();
      assertThat(post(PING, token).statusCode()).isEqualTo(200);
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/healthz"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      // the half-sent uploads take their slots as the server gets to them: on a busy machine some
      // come after the first new upload, so a new one (with a link of its own) is tried until
      // refused
      HttpResponse<String> busy;
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      do {
        URI fresh =
            URI.create(
                call("generate_url_for_upload", Map.of("filename", "busy.csv"))
                    .get("structuredContent")
                    .get("upload_url")
                    .asString());
        busy =
            HTTP.send(
                HttpRequest.newBuilder(fresh)
                    .timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString("a\n1\n"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } while (busy.statusCode() != 503 && System.nanoTime() < deadline);
      assertThat(busy.statusCode())
          .as("uploads beyond --max-transfers wait their turn")
          .isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).isPresent();
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void slowClients_aTricklingBodyIsCutAndASlowSteadyUploadGoesThrough() throws Exception {
    JsonNode link =
        call("generate_url_for_upload", Map.of("filename", "steady.csv")).get("structuredContent");
    URI upload = URI.create(link.get("upload_url").asString());
    int size = 12 * 64 * 1024;
    try (Socket trickle = halfSentSized("/mcp", "Authorization: Bearer " + token + "\r\n", 4000);
        Socket steady =
            halfSentSized(upload.getRawPath() + "?" + upload.getRawQuery(), "", size + 1)) {
      OutputStream body = steady.getOutputStream();
      byte[] chunk = "a,b,c\n".repeat(64 * 1024 / 6).getBytes(StandardCharsets.US_ASCII);
      byte[] exact = new byte[64 * 1024];
      System.arraycopy(chunk, 0, exact, 0, chunk.length);
      for (int i = chunk.length; i < exact.length; i++) {
        exact[i] = '\n';
      }
      for (int i = 0; i < 12; i++) { // 64 KiB a second for 12 s: slow, but well above the minimum
        body.write(exact);
        body.flush();
        trickle.getOutputStream().write(' ');
        trickle.getOutputStream().flush();
        Thread.sleep(1000);
      }
      assertThat(statusOf(steady)).isEqualTo(201);
      assertThat(statusOf(trickle)).as("a body at 1 byte a second is cut").isEqualTo(408);
    }
  }

  private static int statusOf(Socket socket) throws Exception {
    socket.setSoTimeout(20_000);
    InputStream in = socket.getInputStream();
    String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
    return Integer.parseInt(status.substring(9, 12));
  }

  private static Socket halfSent(String path, String auth) throws Exception {
    return halfSentSized(path, auth, 100_000);
  }

  /** A request whose headers promise {@code length} bytes of body, of which one is sent. */
  private static Socket halfSentSized(String path, String auth, int length) throws Exception {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    OutputStream out = socket.getOutputStream();
    String method = path.startsWith("/mcp") ? "POST" : "PUT";
    out.write(
        (method
                + " "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + server.port()
                + "\r\n"
                + auth
                + "Content-Type: application/json\r\nContent-Length: "
                + length
                + "\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  @Test
  void logs_clientValuesCannotForgeALogLine() throws Exception {
    String initialize =
        Json.MAPPER.writeValueAsString(
            Map.of(
                "jsonrpc",
                "2.0",
                "id",
                1,
                "method",
                "initialize",
                "params",
                Map.of(
                    "protocolVersion",
                    "1999-01-01\n2026-01-01T00:00:00.000+0000 [main] INFO FORGED version",
                    "capabilities",
                    Map.of(),
                    "clientInfo",
                    Map.of(
                        "name",
                        "agent\n2026-01-01T00:00:00.000+0000 [main] INFO FORGED name",
                        "version",
                        "1"))));
    assertThat(post(initialize, token).statusCode()).isEqualTo(200);
    Thread.sleep(300);
    assertThat(server.log().lines()).noneMatch(line -> line.startsWith("2026-01-01T00:00:00"));
  }
}
