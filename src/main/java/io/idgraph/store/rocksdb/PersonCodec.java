package io.idgraph.store.rocksdb;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Geo;
import io.idgraph.graph.PersonRecord;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary forms of a {@link PersonRecord}, split in two so that resolve reads only the small
 * part. The core (version 2): a version byte, a flags byte for the present metadata, the metadata,
 * then four contact lists (email, phone, address, maid; each a count then value, quality and
 * optional geo). The profile: one section per attribute domain, the domain's ordinal, the section's
 * byte length, then its attributes (name, type tag, value). A reader skips the sections of domains
 * it was not asked for without decoding them. Quality scores and coordinates are short decimals
 * ({@link ByteWriter#writeDecimal}); attribute names and enumerated values are codes of the store's
 * {@link Dictionary}.
 */
final class PersonCodec {
  private static final int VERSION = 2;
  private static final int HAS_QUALITY = 1;
  private static final int HAS_MODIFIED = 2;
  private static final int HAS_FIRST = 4;
  private static final int HAS_LAST = 8;
  private static final int HAS_GEO = 1;
  private static final Domain[] DOMAINS = Domain.values();

  private PersonCodec() {}

  /** The core: metadata, name and contact lists. */
  static byte[] encodeCore(PersonRecord p) {
    ByteWriter out = new ByteWriter(256);
    encodeCore(out, p);
    return out.toByteArray();
  }

  /** Appends the core to {@code out}. */
  static void encodeCore(ByteWriter out, PersonRecord p) {
    out.writeByte(VERSION);
    int flags =
        (p.qualityScore() != null ? HAS_QUALITY : 0)
            | (p.lastModified() != null ? HAS_MODIFIED : 0)
            | (p.firstName() != null ? HAS_FIRST : 0)
            | (p.lastName() != null ? HAS_LAST : 0);
    out.writeByte(flags);
    if (p.qualityScore() != null) {
      out.writeDecimal(p.qualityScore());
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
  }

  /**
   * The profile: a copy of the core (so that one read serves a whole record), then the attributes
   * by domain.
   */
  static byte[] encodeProfile(byte[] core, PersonRecord p, Dictionary dictionary) {
    ByteWriter coreWriter = new ByteWriter(core.length);
    coreWriter.writeBytes(core);
    ByteWriter out = new ByteWriter(core.length + 1024);
    encodeProfile(out, coreWriter, p, dictionary, new ByteWriter(256));
    return out.toByteArray();
  }

  /** Appends the profile to {@code out}; {@code section} is scratch space. */
  static void encodeProfile(
      ByteWriter out, ByteWriter core, PersonRecord p, Dictionary dictionary, ByteWriter section) {
    out.writeSection(core);
    Map<Domain, Map<String, Object>> attributes = p.attributes();
    if (attributes == null) {
      return;
    }
    for (Map.Entry<Domain, Map<String, Object>> domain : attributes.entrySet()) {
      section.reset();
      Map<String, Object> values = domain.getValue() == null ? Map.of() : domain.getValue();
      section.writeVarint(values.size());
      for (Map.Entry<String, Object> attribute : values.entrySet()) {
        writeCodedString(section, attribute.getKey(), dictionary);
        AttributeValues.write(section, attribute.getKey(), attribute.getValue(), dictionary);
      }
      out.writeByte(domain.getKey().ordinal());
      out.writeSection(section);
    }
  }

  private static void writeContacts(ByteWriter out, List<Contact> contacts) {
    if (contacts == null) {
      out.writeVarint(0);
      return;
    }
    out.writeVarint(contacts.size());
    for (Contact c : contacts) {
      out.writeString(c.value());
      out.writeDecimal(c.quality());
      Geo geo = c.geo();
      out.writeByte(geo == null ? 0 : HAS_GEO);
      if (geo != null) {
        out.writeDecimal(geo.latitude());
        out.writeDecimal(geo.longitude());
        out.writeLong(0); // reserved: formerly an H3 cell, kept so stored data reads unchanged
      }
    }
  }

  /** A dictionary string as its code plus one, else 0 and the UTF-8 string. */
  private static void writeCodedString(ByteWriter out, String s, Dictionary dictionary) {
    int code = dictionary.code(s);
    if (code >= 0) {
      out.writeVarint(code + 1);
    } else {
      out.writeVarint(0);
      out.writeString(s);
    }
  }

  private static String readCodedString(ByteReader in, Dictionary dictionary) {
    int code = in.readVarint();
    return code == 0 ? in.readString() : dictionary.string(code - 1);
  }

  /** Decodes a record from its core alone: no attributes. */
  static PersonRecord decodeCore(long personId, byte[] core) {
    return decode(personId, new ByteReader(core), null, Set.of(), null);
  }

  /**
   * Decodes a record from its profile; attributes only for {@code domains} (all of them when null).
   */
  static PersonRecord decodeProfile(
      long personId, byte[] profile, Set<Domain> domains, Dictionary dictionary) {
    ByteReader in = new ByteReader(profile);
    int coreLength = in.readVarint();
    ByteReader core = in.slice(coreLength);
    return decode(personId, core, in, domains, dictionary);
  }

  private static PersonRecord decode(
      long personId,
      ByteReader in,
      ByteReader profile,
      Set<Domain> domains,
      Dictionary dictionary) {
    int version = in.readByte();
    if (version != VERSION) {
      throw new IllegalStateException(
          "a stored person has format version "
              + version
              + ", this idgraph reads version "
              + VERSION
              + "; reload the graph into a new data dir");
    }
    int flags = in.readByte();
    Double quality = (flags & HAS_QUALITY) != 0 ? in.readDecimal() : null;
    String modified = (flags & HAS_MODIFIED) != 0 ? in.readString() : null;
    String first = (flags & HAS_FIRST) != 0 ? in.readString() : null;
    String last = (flags & HAS_LAST) != 0 ? in.readString() : null;
    List<Contact> emails = readContacts(in);
    List<Contact> phones = readContacts(in);
    List<Contact> addresses = readContacts(in);
    List<Contact> maids = readContacts(in);
    Map<Domain, Map<String, Object>> attributes =
        profile == null || (domains != null && domains.isEmpty())
            ? new EnumMap<>(Domain.class)
            : readAttributes(profile, domains, dictionary);
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
      double quality = in.readDecimal();
      Geo geo = null;
      if ((in.readByte() & HAS_GEO) != 0) {
        geo = new Geo(in.readDecimal(), in.readDecimal());
        in.readLong(); // reserved
      }
      out.add(new Contact(value, quality, geo));
    }
    return out;
  }

  private static Map<Domain, Map<String, Object>> readAttributes(
      ByteReader in, Set<Domain> wanted, Dictionary dictionary) {
    Map<Domain, Map<String, Object>> out = new EnumMap<>(Domain.class);
    while (in.hasMore()) {
      Domain domain = DOMAINS[in.readByte()];
      int length = in.readVarint();
      if (wanted != null && !wanted.contains(domain)) {
        in.skip(length);
        continue;
      }
      int n = in.readVarint();
      String[] names = new String[n]; // unique: they were written from a map
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        names[i] = readCodedString(in, dictionary);
        values[i] = AttributeValues.read(in, dictionary);
      }
      out.put(domain, new DecodedAttributes(names, values));
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
    private static final int CODED = 8;

    private AttributeValues() {}

    static void write(ByteWriter out, String name, Object value, Dictionary dictionary) {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String s) {
        int code = dictionary.code(s);
        if (code >= 0) {
          out.writeByte(CODED);
          out.writeVarint(code);
        } else {
          out.writeByte(STRING);
          out.writeString(s);
        }
      } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
        out.writeByte(LONG);
        out.writeZigzag(((Number) value).longValue());
      } else if (value instanceof Double || value instanceof Float) {
        out.writeByte(DOUBLE);
        out.writeDecimal(((Number) value).doubleValue());
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

    static Object read(ByteReader in, Dictionary dictionary) {
      int tag = in.readByte();
      return switch (tag) {
        case NULL -> null;
        case STRING -> in.readString();
        case CODED -> dictionary.string(in.readVarint());
        case LONG -> in.readZigzag();
        case DOUBLE -> in.readDecimal();
        case TRUE -> true;
        case FALSE -> false;
        case BIG_INTEGER -> new BigInteger(in.readString());
        case BIG_DECIMAL -> new BigDecimal(in.readString());
        default -> throw new IllegalStateException("a stored attribute has an unknown type " + tag);
      };
    }
  }
}
