package io.idgraph.store;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.NormalizedIdentifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which index keys an identifier is stored and looked up under: its
 * plaintext match key, and the md5, sha1 and sha256 digests of each of its hash forms.
 */
public final class IndexKeys {
  private static final HashType[] DIGESTS = {HashType.MD5, HashType.SHA1, HashType.SHA256};

  /** The keys of an identifier with one hash form (the usual): its text and each digest of it. */
  public static final int KEYS_OF_ONE_FORM = 1 + DIGESTS.length;

  private static final ThreadLocal<Map<HashType, MessageDigest>> DIGESTERS =
      ThreadLocal.withInitial(IndexKeys::newDigesters);

  private IndexKeys() {}

  /** Every key a stored identifier is filed under: plaintext key first, then the digests. */
  public static List<IndexKey> forWrite(NormalizedIdentifier id) {
    List<IndexKey> keys = new ArrayList<>(1 + DIGESTS.length * id.hashForms().size());
    keys.add(plaintext(id.type(), id.key()));
    Map<HashType, MessageDigest> digesters = DIGESTERS.get();
    for (String form : id.hashForms()) {
      byte[] utf8 = form.getBytes(StandardCharsets.UTF_8);
      for (HashType hash : DIGESTS) {
        keys.add(new IndexKey(id.type(), hash, digesters.get(hash).digest(utf8)));
      }
    }
    return keys;
  }

  /**
   * The key a submitted value is looked up under. For hashed input, {@code id.key()} is the
   * validated lowercase hex of the digest.
   */
  public static IndexKey forLookup(HashType hash, NormalizedIdentifier id) {
    if (hash == HashType.PLAINTEXT) {
      return plaintext(id.type(), id.key());
    }
    return new IndexKey(id.type(), hash, HexFormat.of().parseHex(id.key()));
  }

  private static IndexKey plaintext(IdType type, String key) {
    return new IndexKey(type, HashType.PLAINTEXT, key.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<HashType, MessageDigest> newDigesters() {
    Map<HashType, MessageDigest> digesters = new EnumMap<>(HashType.class);
    try {
      for (HashType hash : DIGESTS) {
        digesters.put(hash, MessageDigest.getInstance(hash.algorithm()));
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks a standard digest", e);
    }
    return digesters;
  }
}
