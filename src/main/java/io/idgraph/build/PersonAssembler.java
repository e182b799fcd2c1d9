package io.idgraph.build;

import io.idgraph.geo.Geocoder;
import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.Geo;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.PersonWrite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one person from its records: the most recent record wins names and attributes; every
 * identifier of every record is kept, at its type's default quality, or at half of it when the
 * identifier is shared by people with different names. Records where each value came from.
 */
final class PersonAssembler {
  static final double SHARED_QUALITY_FACTOR = 0.5;
  static final int MAX_REFS = 50;

  /** The write, its lineage, and a digest of both to tell whether the person changed. */
  record Assembled(PersonWrite write, PersonLineage lineage) {}

  private final long[] sharedKeys;

  PersonAssembler(long[] sharedKeys) {
    this.sharedKeys = sharedKeys;
  }

  Assembled assemble(long personId, List<SourceRecord> records) {
    List<SourceRecord> byTime = new ArrayList<>(records);
    byTime.sort(
        Comparator.comparing(SourceRecord::updatedAt, Comparator.nullsFirst(String::compareTo))
            .thenComparing(SourceRecord::ref));
    Map<String, List<String>> provenance = new LinkedHashMap<>();
    String first = null;
    String last = null;
    String lastModified = null;
    Map<String, Ident> idents = new LinkedHashMap<>();
    Map<Domain, Map<String, Object>> attributes = new EnumMap<>(Domain.class);
    Map<String, Object> winners = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    for (SourceRecord r : byTime) {
      String ref = r.ref();
      if (sources.size() < MAX_REFS * 2) {
        sources.add(ref);
      }
      lastModified = r.updatedAt() != null ? r.updatedAt() : lastModified;
      if (r.firstName() != null) {
        first = r.firstName();
        provenance.put("first_name", new ArrayList<>(List.of(ref)));
      }
      if (r.lastName() != null) {
        last = r.lastName();
        provenance.put("last_name", new ArrayList<>(List.of(ref)));
      }
      for (RecordIdentifier id : r.identifiers()) {
        Ident ident = idents.computeIfAbsent(id.type() + "|" + id.key(), k -> new Ident());
        ident.latest = id;
        ident.refs.add(ref);
      }
      r.attributes()
          .forEach(
              (domain, values) ->
                  values.forEach(
                      (name, value) -> {
                        Object v = value instanceof Integer i ? Long.valueOf(i) : value;
                        Domain d = Domain.fromWire(domain).orElse(null);
                        if (d == null) {
                          return;
                        }
                        attributes.computeIfAbsent(d, x -> new LinkedHashMap<>()).put(name, v);
                        if (!v.equals(winners.put(name, v))) {
                          provenance.put(name, new ArrayList<>());
                        }
                        addRef(provenance.computeIfAbsent(name, x -> new ArrayList<>()), ref);
                      }));
    }
    Map<IdType, List<Contact>> contacts = new EnumMap<>(IdType.class);
    Map<IndexKey, Float> index = new LinkedHashMap<>();
    List<AddressEntry> addresses = new ArrayList<>();
    for (Ident ident : idents.values()) {
      RecordIdentifier id = ident.latest;
      double quality = quality(id);
      Geo geo =
          id.type() == IdType.ADDRESS && id.zip5() != null
              ? Geocoder.standard().forZip(id.zip5()).orElse(null)
              : null;
      contacts
          .computeIfAbsent(id.type(), t -> new ArrayList<>())
          .add(new Contact(id.display(), quality, geo));
      for (IndexKey key : IndexKeys.forWrite(id.normalized())) {
        index.merge(key, (float) quality, Math::max);
      }
      if (id.type() == IdType.ADDRESS) {
        addresses.add(new AddressEntry(id.key(), id.display(), geo, id.blockKeys()));
      }
      provenance.put(id.type().wireName() + ":" + id.display(), cap(ident.refs));
    }
    contacts.values().forEach(l -> l.sort(Comparator.comparingDouble(Contact::quality).reversed()));
    PersonRecord person =
        new PersonRecord(
            personId,
            null,
            lastModified,
            first,
            last,
            contacts.getOrDefault(IdType.EMAIL, List.of()),
            contacts.getOrDefault(IdType.PHONE, List.of()),
            contacts.getOrDefault(IdType.ADDRESS, List.of()),
            contacts.getOrDefault(IdType.MAID, List.of()),
            attributes);
    List<IndexEntry> entries = new ArrayList<>(index.size());
    index.forEach((key, q) -> entries.add(new IndexEntry(key, q)));
    provenance.replaceAll((k, v) -> cap(v));
    return new Assembled(
        new PersonWrite(person, entries, addresses), new PersonLineage(null, sources, provenance));
  }

  private double quality(RecordIdentifier id) {
    double quality = id.type().defaultQuality();
    if (id.type() != IdType.ADDRESS
        && Arrays.binarySearch(sharedKeys, LinkKeys.identifier(id.type(), id.key())) >= 0) {
      quality *= SHARED_QUALITY_FACTOR;
    }
    return quality;
  }

  private static void addRef(List<String> refs, String ref) {
    if (refs.size() < MAX_REFS && !refs.contains(ref)) {
      refs.add(ref);
    }
  }

  private static List<String> cap(List<String> refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> addRef(out, r));
    return out;
  }

  private static final class Ident {
    RecordIdentifier latest;
    final List<String> refs = new ArrayList<>();
  }
}
