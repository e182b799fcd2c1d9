package io.idgraph.store.cassandra;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Geo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IndexKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How rows are written: a person's record as JSON (attributes apart, one JSON object per domain, so
 * a read can skip domains), lineage as JSON, and an index key as one blob: its type's and hash
 * type's ordinals (the enums' order is part of the format), then its bytes.
 */
final class RecordCodec {
  /** Whole numbers read back as Long, fractions as Double, as the store contract asks. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  private static final TypeReference<LinkedHashMap<String, Object>> ATTRIBUTES =
      new TypeReference<>() {};

  private RecordCodec() {}

  /** The parts of a person without attributes. */
  record Core(
      Double quality,
      String modified,
      String first,
      String last,
      List<StoredContact> emails,
      List<StoredContact> phones,
      List<StoredContact> addresses,
      List<StoredContact> maids) {}

  /** A contact as stored; lat and lon are null for non-addresses. */
  record StoredContact(String value, double quality, Double lat, Double lon) {}

  /** Lineage as stored. */
  record StoredLineage(
      Long mergedInto, List<String> sources, Map<String, List<String>> provenance) {}

  static String core(PersonRecord p) {
    Core core =
        new Core(
            p.qualityScore(),
            p.lastModified(),
            p.firstName(),
            p.lastName(),
            contacts(p.emails()),
            contacts(p.phones()),
            contacts(p.addresses()),
            contacts(p.maids()));
    return MAPPER.writeValueAsString(core);
  }

  static Map<String, String> attributes(PersonRecord p) {
    Map<String, String> out = new LinkedHashMap<>();
    p.attributes().forEach((domain, values) -> out.put(domain.wireName(), json(values)));
    return out;
  }

  static PersonRecord person(
      long id, String coreJson, Map<String, String> stored, Set<Domain> domains) {
    Core core = MAPPER.readValue(coreJson, Core.class);
    Map<Domain, Map<String, Object>> attributes = new EnumMap<>(Domain.class);
    for (Domain domain : domains) {
      String json = stored.get(domain.wireName());
      if (json != null) {
        attributes.put(domain, MAPPER.readValue(json, ATTRIBUTES));
      }
    }
    return new PersonRecord(
        id,
        core.quality(),
        core.modified(),
        core.first(),
        core.last(),
        back(core.emails()),
        back(core.phones()),
        back(core.addresses()),
        back(core.maids()),
        attributes);
  }

  static String lineage(PersonLineage lineage) {
    return MAPPER.writeValueAsString(
        new StoredLineage(lineage.mergedInto(), lineage.sources(), lineage.provenance()));
  }

  static PersonLineage lineage(String json) {
    StoredLineage stored = MAPPER.readValue(json, StoredLineage.class);
    return new PersonLineage(stored.mergedInto(), stored.sources(), stored.provenance());
  }

  static ByteBuffer key(IndexKey key) {
    byte[] bytes = key.bytes();
    ByteBuffer out = ByteBuffer.allocate(2 + bytes.length);
    out.put((byte) key.type().ordinal()).put((byte) key.hash().ordinal()).put(bytes);
    return out.flip();
  }

  static IndexKey key(ByteBuffer stored) {
    ByteBuffer b = stored.duplicate();
    IdType type = IdType.values()[b.get()];
    HashType hash = HashType.values()[b.get()];
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    return new IndexKey(type, hash, bytes);
  }

  private static String json(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  private static List<StoredContact> contacts(List<Contact> contacts) {
    List<StoredContact> out = new ArrayList<>(contacts.size());
    for (Contact c : contacts) {
      Geo geo = c.geo();
      out.add(
          new StoredContact(
              c.value(),
              c.quality(),
              geo == null ? null : geo.latitude(),
              geo == null ? null : geo.longitude()));
    }
    return out;
  }

  private static List<Contact> back(List<StoredContact> stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    List<Contact> out = new ArrayList<>(stored.size());
    for (StoredContact c : stored) {
      Geo geo = c.lat() == null || c.lon() == null ? null : new Geo(c.lat(), c.lon());
      out.add(new Contact(c.value(), c.quality(), geo));
    }
    return List.copyOf(out);
  }
}
