package io.idgraph.load;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Geo;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.NormalizedIdentifier;
import io.idgraph.store.AddressEntry;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.PersonWrite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's normalized identifiers: deduplicated by match key (the higher quality wins), turned
 * into contact lists (highest quality first), index entries and address entries.
 */
final class PersonIdentifiers {
  private final Map<IdType, Map<String, Item>> byType = new EnumMap<>(IdType.class);

  private int suppressed;

  private record Item(NormalizedIdentifier id, double quality, Geo geo) {}

  void noteSuppressed() {
    suppressed++;
  }

  /** True when a suppressed identifier was dropped from this person. */
  boolean anySuppressed() {
    return suppressed > 0;
  }

  boolean isEmpty() {
    return byType.isEmpty();
  }

  void add(NormalizedIdentifier id, double quality, Geo geo) {
    byType
        .computeIfAbsent(id.type(), t -> new LinkedHashMap<>())
        .merge(id.key(), new Item(id, quality, geo), (a, b) -> b.quality > a.quality ? b : a);
  }

  List<Contact> contacts(IdType type) {
    Map<String, Item> items = byType.get(type);
    if (items == null) {
      return List.of();
    }
    List<Contact> out = new ArrayList<>(items.size());
    for (Item item : items.values()) {
      out.add(new Contact(item.id.display(), item.quality, item.geo));
    }
    out.sort(Comparator.comparingDouble(Contact::quality).reversed());
    return out;
  }

  PersonWrite toWrite(PersonRecord record) {
    int identifiers = byType.values().stream().mapToInt(Map::size).sum();
    // sized for the keys: growing the map twice a person was 1% of a load's parse threads
    Map<IndexKey, Float> index =
        new LinkedHashMap<>(identifiers * IndexKeys.KEYS_OF_ONE_FORM * 4 / 3 + 1);
    List<AddressEntry> addresses = new ArrayList<>();
    for (Map<String, Item> items : byType.values()) {
      for (Item item : items.values()) {
        for (IndexKey key : IndexKeys.forWrite(item.id)) {
          index.merge(key, (float) item.quality, Math::max);
        }
        if (item.id.type() == IdType.ADDRESS) {
          var address = item.id.address();
          addresses.add(
              new AddressEntry(item.id.key(), item.id.display(), item.geo, address.blockKeys()));
        }
      }
    }
    List<IndexEntry> entries = new ArrayList<>(index.size());
    index.forEach((key, quality) -> entries.add(new IndexEntry(key, quality)));
    return new PersonWrite(record, entries, addresses);
  }
}
