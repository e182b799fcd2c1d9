package io.idgraph.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.idgraph.graph.IdgraphException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks OAuth 2.1 access tokens (JWTs, RFC 9068): the signature against the issuer's keys
 * (asymmetric algorithms only, so a token signed with the public key as an HMAC secret or with
 * {@code alg: none} fails), the issuer, the audience (required), expiry and not-before (60 s skew),
 * and reads the scopes from {@code scope} (space-separated) or {@code scp}. Scope names are
 * idgraph's ({@link Scope}); others are ignored.
 */
public final class JwtVerifier {
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA);

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  public JwtVerifier(OAuthSettings settings) {
    JWKSource<SecurityContext> keys = keySource(settings);
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            Set.of(settings.audience()),
            new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
            Set.of("sub", "exp"),
            null));
  }

  private static JWKSource<SecurityContext> keySource(OAuthSettings settings) {
    try {
      if (settings.jwksIsUrl()) {
        URL url = URI.create(settings.jwks()).toURL();
        return JWKSourceBuilder.<SecurityContext>create(url).retrying(true).build();
      }
      return new ImmutableJWKSet<>(JWKSet.load(new File(settings.jwks())));
    } catch (IOException | ParseException e) {
      throw IdgraphException.invalid(
          "--oauth-jwks: cannot read a JWK set from "
              + settings.jwks()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  /** True when the text has the shape of a JWT (three dot-separated parts). */
  public static boolean looksLikeJwt(String token) {
    int first = token.indexOf('.');
    return first > 0 && token.indexOf('.', first + 1) > first + 1;
  }

  /** The caller a valid token stands for; empty for any invalid, expired or foreign token. */
  public Optional<Caller> verify(String token) {
    if (token == null || token.length() > 16_384) {
      return Optional.empty();
    }
    try {
      JWTClaimsSet claims = processor.process(token, null);
      return Optional.of(new Caller("oauth:" + claims.getSubject(), scopes(claims)));
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Set<Scope> scopes(JWTClaimsSet claims) throws ParseException {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    Object scope = claims.getClaim("scope");
    if (scope instanceof String text) {
      addKnown(List.of(text.trim().split("\\s+")), out);
    }
    List<String> scp = claims.getStringListClaim("scp");
    if (scp != null) {
      addKnown(scp, out);
    }
    return out;
  }

  private static void addKnown(List<String> names, Set<Scope> out) {
    for (String name : names) {
      for (Scope s : Scope.values()) {
        if (s.wireName().equals(name)) {
          out.add(s);
        }
      }
    }
  }
}
