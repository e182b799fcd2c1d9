package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.idgraph.files.DataDir;
import io.idgraph.graph.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code serve --oauth-issuer --oauth-audience --oauth-jwks} with the packaged jar, against keys
 * and tokens this test makes: RFC 9728 metadata, 401 with resource_metadata, every kind of bad
 * token refused, scopes from the token, and no token or signature in the log or the audit log.
 */
@SuppressWarnings("JavaUtilDate") // the JOSE library's claims take java.util.Date
class OAuthIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ISSUER = "https://issuer.example";
  private static final String AUDIENCE = "https://idgraph.example/mcp";

  @TempDir Path work;

  private static String token(
      RSAKey key, JWSAlgorithm alg, UnaryOperator<JWTClaimsSet.Builder> edit) throws Exception {
    long now = System.currentTimeMillis();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("agent-7")
            .issueTime(new Date(now))
            .expirationTime(new Date(now + 600_000))
            .claim("scope", "resolve");
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
            edit.apply(claims).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static HttpResponse<String> post(ServerProcess server, String bearer, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.mcpUrl())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static final String TOOLS_LIST =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

  private static String resolve(String format) {
    return HttpProtocolIT.toolCall(
        "resolve_identities",
        Map.of(
            "id_type", "email", "identifiers", List.of("Jane.Smith@gmail.com"), "format", format));
  }

  @Test
  void oauth_checksEveryTokenAndServesMetadata() throws Exception {
    DataDir data = ServerProcess.loadedDataDir(work);
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
    Path jwks = work.resolve("jwks.json");
    Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());

    String good = token(key, JWSAlgorithm.RS256, c -> c);
    try (ServerProcess server =
        ServerProcess.startHttp(
            data,
            "--oauth-issuer",
            ISSUER,
            "--oauth-audience",
            AUDIENCE,
            "--oauth-jwks",
            jwks.toString())) {
      HttpResponse<String> metadata =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(server.baseUrl() + "/.well-known/oauth-protected-resource"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(metadata.statusCode()).isEqualTo(200);
      JsonNode meta = Json.MAPPER.readTree(metadata.body());
      assertThat(meta.get("resource").asString()).isEqualTo(AUDIENCE);
      assertThat(meta.get("authorization_servers").toString()).isEqualTo("[\"" + ISSUER + "\"]");

      HttpResponse<String> none = post(server, null, TOOLS_LIST);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains(
              "resource_metadata=\""
                  + server.baseUrl()
                  + "/.well-known/oauth-protected-resource\"");

      HttpResponse<String> ok = post(server, good, TOOLS_LIST);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(ok.body())
          .contains("\"name\":\"resolve_identities\"")
          .doesNotContain("\"name\":\"submit_feedback\"");
      assertThat(post(server, good, resolve("none")).statusCode()).isEqualTo(200);
      HttpResponse<String> export = post(server, good, resolve("csv"));
      assertThat(export.statusCode()).isEqualTo(403);
      assertThat(export.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("insufficient_scope");

      Map<String, String> bad =
          Map.of(
              "wrong audience", token(key, JWSAlgorithm.RS256, c -> c.audience("https://other")),
              "no audience", token(key, JWSAlgorithm.RS256, c -> c.audience((String) null)),
              "wrong issuer", token(key, JWSAlgorithm.RS256, c -> c.issuer("https://evil.example")),
              "expired",
                  token(
                      key,
                      JWSAlgorithm.RS256,
                      c -> c.expirationTime(new Date(System.currentTimeMillis() - 600_000))),
              "not yet valid",
                  token(
                      key,
                      JWSAlgorithm.RS256,
                      c -> c.notBeforeTime(new Date(System.currentTimeMillis() + 600_000))),
              "foreign signature", token(stranger, JWSAlgorithm.RS256, c -> c),
              "alg none",
                  new PlainJWT(
                          new JWTClaimsSet.Builder()
                              .issuer(ISSUER)
                              .audience(AUDIENCE)
                              .subject("x")
                              .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                              .build())
                      .serialize(),
              "alg confusion", hmacWithPublicKey(key));
      for (Map.Entry<String, String> e : bad.entrySet()) {
        HttpResponse<String> r = post(server, e.getValue(), TOOLS_LIST);
        assertThat(r.statusCode()).as(e.getKey()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
            .as(e.getKey())
            .contains("invalid_token")
            .contains("resource_metadata=");
      }
      HttpResponse<String> inQuery =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(server.mcpUrl() + "?access_token=" + good))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(TOOLS_LIST))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(inQuery.statusCode()).isEqualTo(401);

      String signature = good.substring(good.lastIndexOf('.') + 1);
      assertThat(server.log()).doesNotContain(signature).doesNotContain("Jane");
    }
    Process audit =
        new ProcessBuilder(ServerProcess.javaCommand("audit", "--data", data.root().toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(audit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(audit.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(out).contains("\"actor\":\"oauth:agent-7\"");
    assertThat(out).doesNotContain(good.substring(good.lastIndexOf('.') + 1));
  }

  /** HS256 signed with the RSA public key's bytes as the secret: the classic confusion attack. */
  private static String hmacWithPublicKey(RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("x")
                .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .build());
    byte[] secret = key.toRSAPublicKey().getEncoded();
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }
}
