package io.idgraph.store.rocksdb;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Geo;
import io.idgraph.graph.PersonRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary form of a {@link PersonRecord}. Layout (version 1): a version byte, a flags byte for
 * the present metadata, the metadata, four contact lists (email, phone, address, maid; each a count
 * then value, quality and optional geo), then one section per attribute domain: the domain's
 * ordinal, the section's byte length, then its attributes (name, type tag, value). A reader skips
 * the sections of domains it was not asked for without decoding them.
 */
final class PersonCodec {
  private static final int VERSION = 1;
  private static final int HAS_QUALITY = 1;
  private static final int HAS_MODIFIED = 2;
  private static final int HAS_FIRST = 4;
  private static final int HAS_LAST = 8;
  private static final int HAS_GEO = 1;
  private static final Domain[] DOMAINS = Domain.values();

  private PersonCodec() {}

  static byte[] encode(PersonRecord p) {
    ByteWriter out = new ByteWriter(256);
    out.writeByte(VERSION);
    int flags =
        (p.qualityScore() != null ? HAS_QUALITY : 0)
            | (p.lastModified() != null ? HAS_MODIFIED : 0)
            | (p.firstName() != null ? HAS_FIRST : 0)
            | (p.lastName() != null ? HAS_LAST : 0);
    out.writeByte(flags);
    if (p.qualityScore() != null) {
      out.writeDouble(p.qualityScore());
    }
    if (p.lastModified() != null) {
      out.writeString(p.lastModified());
    }
    if (p.firstName() != null) {
      out.writeString(p.firstName());
    }
    if (p.lastName() != null) {
      out.writeString(p.lastName());
    }
    writeContacts(out, p.emails());
    writeContacts(out, p.phones());
    writeContacts(out, p.addresses());
    writeContacts(out, p.maids());
    writeAttributes(out, p.attributes());
    return out.toByteArray();
  }

  private static void writeContacts(ByteWriter out, List<Contact> contacts) {
    if (contacts == null) {
      out.writeVarint(0);
      return;
    }
    out.writeVarint(contacts.size());
    for (Contact c : contacts) {
      out.writeString(c.value());
      out.writeDouble(c.quality());
      Geo geo = c.geo();
      out.writeByte(geo == null ? 0 : HAS_GEO);
      if (geo != null) {
        out.writeDouble(geo.latitude());
        out.writeDouble(geo.longitude());
        out.writeLong(geo.h3Cell());
      }
    }
  }

  private static void writeAttributes(ByteWriter out, Map<Domain, Map<String, Object>> attributes) {
    if (attributes == null) {
      out.writeVarint(0);
      return;
    }
    out.writeVarint(attributes.size());
    ByteWriter section = new ByteWriter(128);
    for (Map.Entry<Domain, Map<String, Object>> domain : attributes.entrySet()) {
      section.reset();
      Map<String, Object> values = domain.getValue() == null ? Map.of() : domain.getValue();
      section.writeVarint(values.size());
      for (Map.Entry<String, Object> attribute : values.entrySet()) {
        section.writeString(attribute.getKey());
        AttributeValues.write(section, attribute.getKey(), attribute.getValue());
      }
      out.writeByte(domain.getKey().ordinal());
      out.writeSection(section);
    }
  }

  /** Decodes a record; attributes only for {@code domains} (all of them when null). */
  static PersonRecord decode(long personId, byte[] bytes, Set<Domain> domains) {
    ByteReader in = new ByteReader(bytes);
    int version = in.readByte();
    if (version != VERSION) {
      throw new IllegalStateException("a stored person has an unknown format version " + version);
    }
    int flags = in.readByte();
    Double quality = (flags & HAS_QUALITY) != 0 ? in.readDouble() : null;
    String modified = (flags & HAS_MODIFIED) != 0 ? in.readString() : null;
    String first = (flags & HAS_FIRST) != 0 ? in.readString() : null;
    String last = (flags & HAS_LAST) != 0 ? in.readString() : null;
    List<Contact> emails = readContacts(in);
    List<Contact> phones = readContacts(in);
    List<Contact> addresses = readContacts(in);
    List<Contact> maids = readContacts(in);
    Map<Domain, Map<String, Object>> attributes = readAttributes(in, domains);
    return new PersonRecord(
        personId, quality, modified, first, last, emails, phones, addresses, maids, attributes);
  }

  private static List<Contact> readContacts(ByteReader in) {
    int n = in.readVarint();
    if (n == 0) {
      return List.of();
    }
    List<Contact> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String value = in.readString();
      double quality = in.readDouble();
      Geo geo = null;
      if ((in.readByte() & HAS_GEO) != 0) {
        geo = new Geo(in.readDouble(), in.readDouble(), in.readLong());
      }
      out.add(new Contact(value, quality, geo));
    }
    return out;
  }

  private static Map<Domain, Map<String, Object>> readAttributes(
      ByteReader in, Set<Domain> wanted) {
    int sections = in.readVarint();
    Map<Domain, Map<String, Object>> out = new EnumMap<>(Domain.class);
    for (int s = 0; s < sections; s++) {
      Domain domain = DOMAINS[in.readByte()];
      int length = in.readVarint();
      if (wanted != null && !wanted.contains(domain)) {
        in.skip(length);
        continue;
      }
      int n = in.readVarint();
      Map<String, Object> values = new LinkedHashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String name = in.readString();
        values.put(name, AttributeValues.read(in));
      }
      out.put(domain, values);
    }
    return out;
  }

  /** Attribute values by type tag, so each keeps the JSON type it was loaded with. */
  static final class AttributeValues {
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LONG = 2;
    private static final int DOUBLE = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int BIG_INTEGER = 6;
    private static final int BIG_DECIMAL = 7;

    private AttributeValues() {}

    static void write(ByteWriter out, String name, Object value) {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String s) {
        out.writeByte(STRING);
        out.writeString(s);
      } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
        out.writeByte(LONG);
        out.writeLong(((Number) value).longValue());
      } else if (value instanceof Double || value instanceof Float) {
        out.writeByte(DOUBLE);
        out.writeDouble(((Number) value).doubleValue());
      } else if (value instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else if (value instanceof BigInteger big) {
        out.writeByte(BIG_INTEGER);
        out.writeString(big.toString());
      } else if (value instanceof BigDecimal big) {
        out.writeByte(BIG_DECIMAL);
        out.writeString(big.toString());
      } else {
        throw new IllegalArgumentException(
            "attribute "
                + name
                + " must be a string, number or boolean, got "
                + value.getClass().getSimpleName());
      }
    }

    static Object read(ByteReader in) {
      int tag = in.readByte();
      return switch (tag) {
        case NULL -> null;
        case STRING -> in.readString();
        case LONG -> in.readLong();
        case DOUBLE -> in.readDouble();
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case BIG_INTEGER -> new BigInteger(in.readString());
        case BIG_DECIMAL -> new BigDecimal(in.readString());
        default -> throw new IllegalStateException("a stored attribute has an unknown type " + tag);
      };
    }
  }
}
