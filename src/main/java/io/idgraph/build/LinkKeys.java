package io.idgraph.build;

import io.idgraph.graph.IdType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys that link records, as 64-bit hashes whose top two bits say the kind, so that sorting
 * them orders the linking passes: emails and maids first, then phones, then address with name.
 */
final class LinkKeys {
  static final int KIND_STRONG = 0;
  static final int KIND_PHONE = 1;
  static final int KIND_ADDRESS_NAME = 2;
  private static final long KIND_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

  private LinkKeys() {}

  /** The link keys of a record: its emails, phones and maids, and each address with its name. */
  static List<Long> of(SourceRecord r) {
    List<Long> out = new ArrayList<>(r.identifiers().size() + 1);
    String last = lastName(r.lastName());
    String first = FirstNames.normalize(r.firstName());
    for (RecordIdentifier id : r.identifiers()) {
      if (id.type() != IdType.ADDRESS) {
        out.add(identifier(id.type(), id.key()));
      } else if (last != null && first != null) {
        out.add(hash(KIND_ADDRESS_NAME, "a|" + id.key() + "|" + last + "|" + first.charAt(0)));
      }
    }
    return out;
  }

  /** The key an email, phone or maid links by. */
  static long identifier(IdType type, String key) {
    int kind = type == IdType.PHONE ? KIND_PHONE : KIND_STRONG;
    return hash(kind, type.wireName() + "|" + key);
  }

  private static String lastName(String last) {
    if (last == null) {
      return null;
    }
    String s = last.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return s.isEmpty() ? null : s;
  }

  /** FNV-1a over the chars, finished with the MurmurHash3 mixer; the kind in the top bits. */
  private static long hash(int kind, String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return ((long) kind << 62) | (h & KIND_MASK);
  }
}
