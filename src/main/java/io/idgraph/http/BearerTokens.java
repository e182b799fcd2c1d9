package io.idgraph.http;

import io.idgraph.auth.ApiKey;
import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.Caller;
import io.idgraph.auth.JwtVerifier;
import io.idgraph.auth.OAuthSettings;
import java.util.Optional;

/**
 * What a bearer token stands for: an API key (with its rate), or, when OAuth is on, a JWT access
 * token from the configured issuer. Never logs or keeps a token.
 */
record BearerTokens(ApiKeyStore keys, OAuthSettings oauth, JwtVerifier jwt) {
  /** An authenticated caller, and the key's rate (null for OAuth tokens and unlimited keys). */
  record Holder(Caller caller, String rateKey, Double ratePerSecond) {}

  Optional<Holder> authenticate(String token) {
    if (jwt != null && JwtVerifier.looksLikeJwt(token)) {
      return jwt.verify(token).map(c -> new Holder(c, null, null));
    }
    Optional<ApiKey> key = keys.authenticate(token);
    return key.map(k -> new Holder(k.caller(), k.id(), k.ratePerSecond()));
  }

  /** Whether OAuth is on: 401s then point to the protected resource metadata. */
  boolean oauthOn() {
    return oauth != null;
  }
}
