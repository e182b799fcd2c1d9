package io.idgraph.auth;

import io.idgraph.graph.IdgraphException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * OAuth 2.1 resource-server settings: the authorization server that issues tokens ({@code iss}),
 * the audience tokens must name ({@code aud}: this server's canonical MCP URL), and where the
 * signing keys are (a JWKS file, or a URL; default {@code <issuer>/.well-known/jwks.json}).
 */
public record OAuthSettings(String issuer, String audience, String jwks) {

  /** Checks the settings as given on the command line; errors say which flag to fix. */
  public static OAuthSettings of(String issuer, String audience, String jwks) {
    if (issuer == null || !isHttpUrl(issuer)) {
      throw IdgraphException.invalid("--oauth-issuer must be an http(s) URL of the issuer");
    }
    if (audience == null || audience.isBlank()) {
      throw IdgraphException.invalid(
          "--oauth-audience is needed with --oauth-issuer: the audience tokens must name,"
              + " usually this server's MCP URL");
    }
    String keys = jwks;
    if (keys == null || keys.isBlank()) {
      keys = issuer.replaceAll("/+$", "") + "/.well-known/jwks.json";
    } else if (!isHttpUrl(keys) && !Files.isReadable(Path.of(keys))) {
      throw IdgraphException.invalid(
          "--oauth-jwks must be a readable JWKS file or an http(s) URL; cannot read " + keys);
    }
    return new OAuthSettings(issuer, audience.trim(), keys);
  }

  static boolean isHttpUrl(String text) {
    try {
      URI uri = URI.create(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  boolean jwksIsUrl() {
    return isHttpUrl(jwks);
  }
}
