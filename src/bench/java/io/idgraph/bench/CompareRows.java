package io.idgraph.bench;

import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The pre-normalized rows that PostgreSQL and DuckDB load for {@code bench/compare}, made from one
 * graph-file line with the product's own normalizer: one {@code identifiers} row per distinct match
 * key of a person (kind, key, person_id, quality), and one {@code profiles} row (person_id,
 * quality_score, last_modified, then the name and each attribute domain as a JSON column).
 */
final class CompareRows {
  /** The profile table's JSON columns, in order: name, then every attribute domain. */
  static final List<Domain> PROFILE_DOMAINS = profileDomains();

  private final IdentifierNormalizer normalizer = new IdentifierNormalizer();

  /** A person's raw emails as the graph file has them, with their match keys. */
  record RawEmail(String raw, String key) {}

  /** The rows of one line, and its raw emails for the workloads. */
  record Person(long id, String identifierRows, String profileRow, List<RawEmail> emails) {}

  Person rows(JsonNode line) {
    long id = line.get("person_id").asLong();
    StringBuilder ids = new StringBuilder(512);
    List<RawEmail> emails = new ArrayList<>();
    for (IdType type : IdType.values()) {
      JsonNode items = line.get(type.wireName() + (type == IdType.ADDRESS ? "es" : "s"));
      if (items == null || !items.isArray()) {
        continue;
      }
      Set<String> keys = new HashSet<>();
      for (JsonNode item : items) {
        JsonNode value = item.isObject() ? item.get("value") : item;
        if (value == null || !value.isString()) {
          continue;
        }
        NormalizeResult result = normalizer.normalize(type, value.asString());
        if (!result.isOk()) {
          continue;
        }
        String key = result.value().key();
        if (type == IdType.EMAIL) {
          emails.add(new RawEmail(value.asString(), key));
        }
        if (keys.add(key)) {
          double quality = type.defaultQuality();
          if (item.isObject() && item.path("quality_score").isNumber()) {
            quality = item.get("quality_score").asDouble();
          }
          ids.append(type.wireName()).append(',').append(quoted(key)).append(',').append(id);
          ids.append(',').append(quality).append('\n');
        }
      }
    }
    return new Person(id, ids.toString(), profileRow(id, line), emails);
  }

  private static String profileRow(long id, JsonNode line) {
    StringBuilder row = new StringBuilder(2048).append(id).append(',');
    row.append(line.path("quality_score").asDouble(1.0)).append(',');
    row.append(line.path("last_modified").asString(""));
    JsonNode attributes = line.path("attributes");
    for (Domain domain : PROFILE_DOMAINS) {
      JsonNode node = domain == Domain.NAME ? line.get("name") : attributes.get(domain.wireName());
      row.append(',');
      if (node != null && node.isObject() && !node.isEmpty()) {
        row.append(quoted(node.toString()));
      }
    }
    return row.append('\n').toString();
  }

  /** RFC 4180 quoting, always: COPY (PostgreSQL and DuckDB) reads it back unchanged. */
  static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static List<Domain> profileDomains() {
    List<Domain> out = new ArrayList<>(List.of(Domain.NAME));
    for (Domain domain : Domain.values()) {
      if (!domain.isContact()) {
        out.add(domain);
      }
    }
    return List.copyOf(out);
  }
}
