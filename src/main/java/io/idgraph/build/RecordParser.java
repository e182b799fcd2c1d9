package io.idgraph.build;

import io.idgraph.enrich.ColumnBinding;
import io.idgraph.graph.CatalogAttribute;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.privacy.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one row of a source file into a normalized record. A bad identifier or attribute rejects
 * only itself; a row left with no identifier is rejected whole. Never throws for bad input.
 */
final class RecordParser {
  private static final int MAX_RECORD_ID = 200;

  /** A parsed row: the record (null when rejected whole) and the reasons of what was dropped. */
  record Parsed(SourceRecord record, List<String> rejects, boolean suppressed) {
    Parsed(SourceRecord record, List<String> rejects) {
      this(record, rejects, false);
    }
  }

  private final IdentifierNormalizer normalizer;
  private final Suppression suppression;

  RecordParser(IdentifierNormalizer normalizer, Suppression suppression) {
    this.normalizer = normalizer;
    this.suppression = suppression;
  }

  Parsed parse(String source, RecordLayout layout, long line, List<String> row, String fileTime) {
    List<String> rejects = new ArrayList<>(0);
    String recordId = text(row, layout.fields.get(RecordField.RECORD_ID));
    if (recordId == null) {
      recordId = Long.toString(line);
    } else if (recordId.length() > MAX_RECORD_ID) {
      return new Parsed(null, List.of("record id is longer than " + MAX_RECORD_ID + " characters"));
    }
    int rejectedBefore = rejects.size();
    List<RecordIdentifier> ids = identifiers(layout, row, rejects);
    boolean suppressed =
        rejects.subList(rejectedBefore, rejects.size()).stream()
            .anyMatch(r -> r.endsWith(": " + Suppression.REASON));
    if (ids.isEmpty() && suppressed) {
      return new Parsed(null, List.of(Suppression.REASON), true);
    }
    if (ids.isEmpty()) {
      rejects.add("no usable email, phone, address or maid; a record needs one to be linked");
      return new Parsed(null, rejects);
    }
    String[] name = names(layout, row);
    String updated = RecordTimes.parse(text(row, layout.fields.get(RecordField.UPDATED_AT)));
    if (updated == null) {
      if (text(row, layout.fields.get(RecordField.UPDATED_AT)) != null) {
        rejects.add(
            "updated time is not a date such as 2025-01-15 or 2025-01-15T10:30:00Z;"
                + " the file's time is used");
      }
      updated = fileTime;
    }
    Map<String, Map<String, Object>> attributes = attributes(layout, row, rejects);
    SourceRecord record =
        new SourceRecord(source, recordId, name[0], name[1], updated, ids, attributes, 0);
    return new Parsed(record, rejects, suppressed);
  }

  private List<RecordIdentifier> identifiers(
      RecordLayout layout, List<String> row, List<String> rejects) {
    List<RecordIdentifier> ids = new ArrayList<>();
    for (ColumnBinding b : layout.identifiers) {
      String value = b.value(row);
      if (value == null) {
        continue;
      }
      NormalizeResult r = normalizer.normalize(b.type(), value);
      if (r.isOk() && suppression.isSuppressed(r.value())) {
        rejects.add(
            b.type().wireName()
                + " column '"
                + String.join("+", b.names())
                + "': "
                + Suppression.REASON);
      } else if (r.isOk()) {
        ids.add(RecordIdentifier.of(r.value()));
      } else {
        rejects.add(
            b.type().wireName() + " column '" + String.join("+", b.names()) + "': " + r.reason());
      }
    }
    return ids;
  }

  private static String[] names(RecordLayout layout, List<String> row) {
    String first = text(row, layout.fields.get(RecordField.FIRST_NAME));
    String last = text(row, layout.fields.get(RecordField.LAST_NAME));
    String full = text(row, layout.fields.get(RecordField.NAME));
    if (full != null && first == null && last == null) {
      int comma = full.indexOf(',');
      if (comma > 0) {
        last = full.substring(0, comma).strip();
        first = full.substring(comma + 1).strip().split("\\s+")[0];
      } else {
        String[] parts = full.strip().split("\\s+");
        first = parts[0];
        last = parts.length > 1 ? parts[parts.length - 1] : null;
      }
    }
    return new String[] {blankToNull(first), blankToNull(last)};
  }

  private static Map<String, Map<String, Object>> attributes(
      RecordLayout layout, List<String> row, List<String> rejects) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    layout.attributes.forEach(
        (index, attribute) -> {
          String raw = text(row, index);
          if (raw == null) {
            return;
          }
          Object value = typed(attribute, raw);
          if (value == null) {
            rejects.add(
                "attribute "
                    + attribute.name()
                    + ": '"
                    + clip(raw)
                    + "' is not a "
                    + attribute.type().wireName());
          } else {
            out.computeIfAbsent(attribute.domain().wireName(), d -> new LinkedHashMap<>())
                .put(attribute.name(), value);
          }
        });
    return out;
  }

  private static Object typed(CatalogAttribute attribute, String raw) {
    try {
      return switch (attribute.type()) {
        case STRING -> raw;
        case INTEGER -> Long.parseLong(raw);
        case NUMBER -> Double.parseDouble(raw);
        case BOOLEAN -> bool(raw);
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Boolean bool(String raw) {
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "no", "n", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static String text(List<String> row, Integer index) {
    if (index == null || index >= row.size()) {
      return null;
    }
    return blankToNull(row.get(index));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
