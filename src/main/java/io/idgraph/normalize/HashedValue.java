package io.idgraph.normalize;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.List;

/**
 * A submitted md5, sha1 or sha256 digest: trimmed, checked to be hex of the algorithm's length
 * (either case) and lowercased. Its key is the hex; it has no hash forms of its own.
 */
final class HashedValue {
  private HashedValue() {}

  static NormalizeResult normalize(IdType type, HashType hash, String raw) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    String s = Text.trim(raw);
    char[] hex = new char[s.length()];
    for (int i = 0; i < hex.length; i++) {
      char c = s.charAt(i);
      if (hexDigit(c) < 0) {
        return NormalizeResult.failed(NormalizeFailure.NOT_HEX);
      }
      hex[i] = Character.toLowerCase(c);
    }
    if (hex.length != hash.digestBytes() * 2) {
      return NormalizeResult.failed(wrongLength(hash));
    }
    String key = new String(hex);
    return NormalizeResult.ok(new NormalizedIdentifier(type, key, key, List.of(), null));
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
