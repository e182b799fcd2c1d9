package io.idgraph.export;

import static io.idgraph.export.ResourceUriTest.WF;
import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.export.UrlSigner.Outcome;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSignerTest {
  @TempDir Path dir;
  final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
  final ResourceUri uri = new ResourceUri(WF, ArtifactKind.ARTIFACTS, "resolve-1.csv");
  SigningKeys keys;
  UrlSigner signer;
  String path;
  String query;

  @BeforeEach
  void sign() {
    keys = new SigningKeys(dir.resolve("signing-keys.json"));
    signer = new UrlSigner(keys, clock, Duration.ofHours(24), () -> "http://127.0.0.1:9/");
    URI url = URI.create(signer.sign("GET", uri, clock.instant().plus(Duration.ofHours(1))));
    path = url.getRawPath();
    query = url.getRawQuery();
  }

  @Test
  void sign_givesAnAbsoluteLinkThatVerifies() {
    String url = signer.sign("GET", uri, clock.instant().plusSeconds(60));
    assertThat(url)
        .startsWith("http://127.0.0.1:9/v1/files/" + WF + "/artifacts/resolve-1.csv?expires=");
    var check = signer.verify("GET", path, query);
    assertThat(check.outcome()).isEqualTo(Outcome.OK);
    assertThat(check.uri()).isEqualTo(uri);
  }

  @Test
  void signingKeys_areCreatedOwnerOnly() throws Exception {
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("signing-keys.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void verify_expiredAfterTheExpiry() {
    clock.advance(Duration.ofMinutes(59).plusSeconds(59));
    assertThat(signer.verify("GET", path, query).outcome()).isEqualTo(Outcome.OK);
    clock.advance(Duration.ofSeconds(1));
    var check = signer.verify("GET", path, query);
    assertThat(check.outcome()).isEqualTo(Outcome.EXPIRED);
    assertThat(check.expires()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
  }

  @Test
  void verify_otherMethodIsForbidden() {
    assertThat(signer.verify("PUT", path, query).outcome()).isEqualTo(Outcome.FORBIDDEN);
    assertThat(signer.verify("HEAD", path, query).outcome()).isEqualTo(Outcome.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"expires", "kid", "sig", "added", "removed", "reordered-duplicate"})
  void verify_tamperedQueryIsForbidden(String what) {
    String tampered =
        switch (what) {
          case "expires" -> query.replaceFirst("expires=(\\d+)", "expires=" + (expires() + 1));
          case "kid" -> query.replaceFirst("kid=[0-9a-f]+", "kid=000000000000");
          case "sig" -> query.substring(0, query.length() - 1) + (query.endsWith("A") ? "B" : "A");
          case "added" -> query + "&x=1";
          case "removed" -> query.replaceFirst("&kid=[0-9a-f]+", "");
          default -> query + "&sig=abc";
        };
    assertThat(signer.verify("GET", path, tampered).outcome()).isEqualTo(Outcome.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"resolve-2.csv", "RESOLVE-1.csv", "resolve-1.CSV"})
  void verify_otherFileIsForbidden(String filename) {
    String other = path.replace("resolve-1.csv", filename);
    assertThat(signer.verify("GET", other, query).outcome()).isEqualTo(Outcome.FORBIDDEN);
    assertThat(signer.verify("GET", path.replace("/artifacts/", "/uploads/"), query).outcome())
        .isEqualTo(Outcome.FORBIDDEN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/files/" + WF + "/artifacts/../uploads/resolve-1.csv",
        "/v1/files/" + WF + "/artifacts/%2e%2e%2fresolve-1.csv",
        "/v1/files/" + WF + "%2fartifacts%2fresolve-1.csv",
        "/v1/files/" + WF + "/artifacts/..%5cresolve-1.csv",
        "/v1/files/" + WF + "/artifacts//resolve-1.csv",
        "/etc/passwd"
      })
  void verify_pathsOutsideThePatternAreNotLinks(String rawPath) {
    assertThat(signer.verify("GET", rawPath, query).outcome()).isEqualTo(Outcome.NOT_A_LINK);
  }

  @Test
  void verify_rotatedKeyRevokesLinks() {
    keys.rotate();
    assertThat(signer.verify("GET", path, query).outcome()).isEqualTo(Outcome.FORBIDDEN);
    URI fresh = URI.create(signer.sign("GET", uri, clock.instant().plusSeconds(60)));
    assertThat(signer.verify("GET", fresh.getRawPath(), fresh.getRawQuery()).outcome())
        .isEqualTo(Outcome.OK);
  }

  @Test
  void verify_expiryBeyondTheMaximumIsForbiddenEvenWhenSigned() {
    URI far = URI.create(signer.sign("GET", uri, clock.instant().plus(Duration.ofDays(30))));
    assertThat(signer.verify("GET", far.getRawPath(), far.getRawQuery()).outcome())
        .isEqualTo(Outcome.FORBIDDEN);
  }

  private long expires() {
    return Long.parseLong(query.replaceFirst(".*expires=(\\d+).*", "$1"));
  }
}
