package io.idgraph.normalize;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A submitted md5, sha1 or sha256 digest: trimmed, then read as hex of the algorithm's length
 * (either case) or as Base64 of its bytes (standard or URL-safe alphabet, padding optional). Its
 * key is the lowercase hex; it has no hash forms of its own.
 */
final class HashedValue {
  private HashedValue() {}

  static NormalizeResult normalize(IdType type, HashType hash, String raw) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    String s = Text.trim(raw);
    String key = hex(s);
    if (key == null) {
      key = base64(s, hash.digestBytes());
      if (key == null) {
        return NormalizeResult.failed(
            isOtherDigestInBase64(s, hash) ? wrongLength(hash) : NormalizeFailure.NOT_HEX);
      }
    } else if (key.length() != hash.digestBytes() * 2) {
      String decoded = base64(s, hash.digestBytes()); // 24 hex digits can be base64 too
      if (decoded == null) {
        return NormalizeResult.failed(wrongLength(hash));
      }
      key = decoded;
    }
    return NormalizeResult.ok(new NormalizedIdentifier(type, key, key, List.of(), null));
  }

  /** The lowercase hex of {@code s} when it is hex digits only, else null. */
  private static String hex(String s) {
    char[] hex = new char[s.length()];
    for (int i = 0; i < hex.length; i++) {
      char c = s.charAt(i);
      if (hexDigit(c) < 0) {
        return null;
      }
      hex[i] = Character.toLowerCase(c);
    }
    return new String(hex);
  }

  /**
   * The lowercase hex of a Base64 digest of {@code bytes} bytes (standard or URL-safe alphabet,
   * padded or not), as UID2 and many ad-tech files deliver SHA-256; null when it is not one.
   */
  private static String base64(String s, int bytes) {
    if (!isBase64Shaped(s)) {
      return null;
    }
    String unpadded =
        s.endsWith("==")
            ? s.substring(0, s.length() - 2)
            : s.endsWith("=") ? s.substring(0, s.length() - 1) : s;
    if (unpadded.length() != (bytes * 4 + 2) / 3) {
      return null;
    }
    boolean urlSafe = unpadded.indexOf('-') >= 0 || unpadded.indexOf('_') >= 0;
    try {
      byte[] digest = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(unpadded);
      return digest.length == bytes ? HexFormat.of().formatHex(digest) : null;
    } catch (IllegalArgumentException e) {
      return null; // both alphabets mixed, or stray bits in the last character
    }
  }

  /** True for the Base64 of another algorithm's digest (a sha1 sent as sha256). */
  private static boolean isOtherDigestInBase64(String s, HashType hash) {
    for (HashType other : HashType.values()) {
      if (other.isHashed() && other != hash && base64(s, other.digestBytes()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBase64Shaped(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=' && s.length() - end < 2) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The value of an ASCII hex digit of either case, or -1. */
  static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static NormalizeFailure wrongLength(HashType hash) {
    return switch (hash) {
      case MD5 -> NormalizeFailure.WRONG_MD5_LENGTH;
      case SHA1 -> NormalizeFailure.WRONG_SHA1_LENGTH;
      default -> NormalizeFailure.WRONG_SHA256_LENGTH;
    };
  }
}
