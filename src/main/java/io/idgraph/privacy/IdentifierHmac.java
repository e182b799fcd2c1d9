package io.idgraph.privacy;

import io.idgraph.graph.IdType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed HMAC-SHA256 that stands for an identifier wherever idgraph must remember one it no
 * longer holds: the suppression list and the request log. Without the key, a list of these cannot
 * be reversed by hashing a dictionary of emails or phones (a plain SHA-256 can be).
 */
public final class IdentifierHmac {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  public IdentifierHmac(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the suppression key must hold at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The HMAC of a normalized identifier (its match key), base64url without padding. */
  public String of(IdType type, String matchKey) {
    return mac(type.wireName() + ":" + matchKey);
  }

  /** The HMAC of a person id. */
  public String ofPerson(long personId) {
    return mac("person:" + personId);
  }

  /** The HMAC of any text (request ids are made from the request's kind and selector forms). */
  String mac(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
