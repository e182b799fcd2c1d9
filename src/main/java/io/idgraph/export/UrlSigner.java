package io.idgraph.export;

import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.WorkflowId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks file links: {@code {base}/v1/files/{workflow_id}/{kind}/{filename}
 * ?expires={epoch seconds}&kid={key id}&sig={signature}}. The signature is HMAC-SHA256 over the
 * method, the path exactly as sent, the expiry and the key id; it is the only credential, so it is
 * compared in constant time and never logged.
 */
public final class UrlSigner {
  public static final String PATH_PREFIX = "/v1/files/";
  private static final Pattern PATH =
      Pattern.compile(
          "/v1/files/("
              + WorkflowId.CANONICAL.pattern()
              + ")/(artifacts|uploads)/("
              + ResourceUri.FILENAME.pattern()
              + ")");

  /** Clock skew allowed between the signer and the checker when enforcing the maximum ttl. */
  private static final Duration SKEW = Duration.ofMinutes(1);

  private final SigningKeys keys;
  private final Clock clock;
  private final Duration maxTtl;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl the absolute public base URL, e.g. http://127.0.0.1:8080 (read on each sign, so
   *     it can be known only once the port is bound)
   */
  public UrlSigner(SigningKeys keys, Clock clock, Duration maxTtl, Supplier<String> baseUrl) {
    this.keys = keys;
    this.clock = clock;
    this.maxTtl = maxTtl;
    this.baseUrl = baseUrl;
  }

  /** What a check found. */
  public enum Outcome {
    OK,
    /** The path is not a file link at all (404). */
    NOT_A_LINK,
    /** Missing or extra parameters, a wrong signature, an unknown key, a too-long expiry (403). */
    FORBIDDEN,
    /** Signed correctly, but past its expiry (410). */
    EXPIRED
  }

  /** The result of a check; uri and expires are set when the signature was valid. */
  public record Verification(Outcome outcome, ResourceUri uri, Instant expires) {}

  /** An absolute signed URL for {@code method} on {@code uri}, valid until {@code expires}. */
  public String sign(String method, ResourceUri uri, Instant expires) {
    SigningKeys.Key key = keys.current();
    String path = pathOf(uri);
    long seconds = expires.getEpochSecond();
    String sig = signature(key.secret(), method, path, seconds, key.id());
    String base = baseUrl.get();
    if (base == null) {
      throw IdgraphException.invalid(
          "this server makes no links: over stdio, start serve --stdio with --public-url of an"
              + " idgraph http server on the same data dir; or read the file with resources/read");
    }
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + path + "?expires=" + seconds + "&kid=" + key.id() + "&sig=" + sig;
  }

  /** True when links can be made (a base URL is known). */
  public boolean canSign() {
    return baseUrl.get() != null;
  }

  static String pathOf(ResourceUri uri) {
    return PATH_PREFIX + uri.workflowId() + "/" + uri.kind().wireName() + "/" + uri.filename();
  }

  /** Checks a request: {@code rawPath} and {@code rawQuery} exactly as received (not decoded). */
  public Verification verify(String method, String rawPath, String rawQuery) {
    Matcher m = rawPath == null ? null : PATH.matcher(rawPath);
    if (m == null || !m.matches() || m.group(3).contains("..")) {
      return new Verification(Outcome.NOT_A_LINK, null, null);
    }
    Map<String, String> query = parseQuery(rawQuery);
    if (query == null || query.size() != 3) {
      return forbidden();
    }
    String kid = query.get("kid");
    String sig = query.get("sig");
    Long seconds = parseLong(query.get("expires"));
    if (kid == null || sig == null || seconds == null) {
      return forbidden();
    }
    Optional<SigningKeys.Key> key = keys.find(kid);
    if (key.isEmpty()) {
      return forbidden();
    }
    byte[] expected =
        signature(key.get().secret(), method, rawPath, seconds, kid)
            .getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
      return forbidden();
    }
    Instant expires = Instant.ofEpochSecond(seconds);
    Instant now = clock.instant();
    if (expires.isAfter(now.plus(maxTtl).plus(SKEW))) {
      return forbidden();
    }
    ResourceUri uri =
        new ResourceUri(m.group(1), ArtifactKind.fromWire(m.group(2)).orElseThrow(), m.group(3));
    if (!now.isBefore(expires)) {
      return new Verification(Outcome.EXPIRED, uri, expires);
    }
    return new Verification(Outcome.OK, uri, expires);
  }

  private static Verification forbidden() {
    return new Verification(Outcome.FORBIDDEN, null, null);
  }

  /** The three parameters, each once and plain (no percent-encoding); null when malformed. */
  private static Map<String, String> parseQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || params.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
        return null;
      }
    }
    return params;
  }

  private static Long parseLong(String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > 12
        || !value.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(value);
  }

  static String signature(byte[] secret, String method, String path, long expires, String kid) {
    String canonical = method + "\n" + path + "\n" + expires + "\n" + kid;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
