package io.idgraph.build;

import io.idgraph.csv.CsvRecord;
import io.idgraph.enrich.ColumnBinding;
import io.idgraph.enrich.ColumnGuesser;
import io.idgraph.enrich.HashSniffer;
import io.idgraph.graph.CatalogAttribute;
import io.idgraph.graph.DomainCatalog;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each field of a source file's records comes from: {@code --map} first, then header names
 * (identifier columns by the same guesser {@code idgraph enrich} uses), then catalog attribute
 * names.
 */
final class RecordLayout {
  private static final List<RecordField> ADDRESS_PARTS =
      List.of(
          RecordField.STREET,
          RecordField.ADDRESS2,
          RecordField.CITY,
          RecordField.STATE,
          RecordField.ZIP);

  final List<String> header;
  final Map<RecordField, Integer> fields = new EnumMap<>(RecordField.class);
  final List<ColumnBinding> identifiers = new ArrayList<>();
  final Map<Integer, CatalogAttribute> attributes = new LinkedHashMap<>();

  private RecordLayout(List<String> header) {
    this.header = List.copyOf(header);
  }

  static RecordLayout of(List<String> header, List<CsvRecord> sample, List<ColumnMapping> maps) {
    RecordLayout layout = new RecordLayout(header);
    Set<Integer> used = new HashSet<>();
    Map<RecordField, Integer> addressParts = new EnumMap<>(RecordField.class);
    for (ColumnMapping map : maps) {
      int index = indexOf(header, map.column());
      if (index < 0) {
        continue; // a --map names columns of any source; each file uses those it has
      }
      used.add(index);
      if (map.attribute() != null) {
        layout.attributes.put(index, map.attribute());
      } else if (ADDRESS_PARTS.contains(map.field())) {
        addressParts.put(map.field(), index);
      } else if (map.field().idType != null) {
        layout.identifiers.add(binding(map.field().idType, header, new int[] {index}));
      } else {
        layout.fields.put(map.field(), index);
      }
    }
    if (!addressParts.isEmpty()) {
      int[] indexes =
          ADDRESS_PARTS.stream()
              .filter(addressParts::containsKey)
              .mapToInt(addressParts::get)
              .toArray();
      layout.identifiers.add(binding(IdType.ADDRESS, header, indexes));
    }
    layout.guess(sample, used);
    return layout;
  }

  private void guess(List<CsvRecord> sample, Set<Integer> used) {
    for (int i = 0; i < header.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      int column = i;
      RecordField.fromHeader(header.get(i))
          .filter(f -> !fields.containsKey(f))
          .ifPresent(
              f -> {
                fields.put(f, column);
                used.add(column);
              });
    }
    for (ColumnBinding b : ColumnGuesser.guess(header, sample)) {
      boolean free = true;
      for (int index : b.indexes()) {
        free &= !used.contains(index);
      }
      if (free && b.hash() == HashType.PLAINTEXT) {
        identifiers.add(b);
        for (int index : b.indexes()) {
          used.add(index);
        }
      }
    }
    Map<String, CatalogAttribute> byKey = new LinkedHashMap<>();
    for (CatalogAttribute a : DomainCatalog.shared().allAttributes()) {
      byKey.put(HashSniffer.key(a.name()), a);
    }
    for (int i = 0; i < header.size(); i++) {
      CatalogAttribute a = byKey.get(HashSniffer.key(header.get(i)));
      if (!used.contains(i) && a != null) {
        attributes.put(i, a);
      }
    }
  }

  /** Fails when nothing in this file can identify a person. */
  void requireIdentifiers(String file) {
    if (identifiers.isEmpty()) {
      throw IdgraphException.invalid(
          "no email, phone, address or maid column recognised in "
              + file
              + "; name one with --map, such as --map \"Mail=email\" (columns: "
              + String.join(", ", header)
              + ")");
    }
  }

  private static ColumnBinding binding(IdType type, List<String> header, int[] indexes) {
    List<String> names = new ArrayList<>();
    for (int i : indexes) {
      names.add(header.get(i));
    }
    return new ColumnBinding(type, HashType.PLAINTEXT, names, indexes, false);
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }
}
