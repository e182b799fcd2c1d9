package io.idgraph.store.rocksdb;

import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.DomainCatalog;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The strings a store writes as small codes instead of UTF-8: the catalog's attribute names and
 * enumerated values. A store writes its dictionary once, when it is created, and always decodes
 * with that stored copy, so a later catalog change never changes what stored codes mean.
 */
final class Dictionary {
  private final String[] strings;
  private final Map<String, Integer> codes;

  private Dictionary(String[] strings) {
    this.strings = strings;
    this.codes = new HashMap<>(strings.length * 2);
    for (int i = 0; i < strings.length; i++) {
      codes.putIfAbsent(strings[i], i);
    }
  }

  /** A new store's dictionary: every attribute name, then every enumerated value, of a catalog. */
  static Dictionary of(DomainCatalog catalog) {
    Set<String> strings = new LinkedHashSet<>();
    for (CatalogAttribute attribute : catalog.allAttributes()) {
      strings.add(attribute.name());
    }
    for (CatalogAttribute attribute : catalog.allAttributes()) {
      strings.addAll(attribute.values());
    }
    return new Dictionary(strings.toArray(String[]::new));
  }

  /** The code of a string, or -1 when it is not in the dictionary. */
  int code(String s) {
    Integer code = codes.get(s);
    return code == null ? -1 : code;
  }

  String string(int code) {
    if (code < 0 || code >= strings.length) {
      throw new IllegalStateException("a stored dictionary code " + code + " is unknown");
    }
    return strings[code];
  }

  int size() {
    return strings.length;
  }

  byte[] encode() {
    ByteWriter out = new ByteWriter(strings.length * 16);
    out.writeVarint(strings.length);
    for (String s : strings) {
      out.writeString(s);
    }
    return out.toByteArray();
  }

  static Dictionary decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String[] strings = new String[in.readVarint()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.readString().intern();
    }
    return new Dictionary(strings);
  }
}
