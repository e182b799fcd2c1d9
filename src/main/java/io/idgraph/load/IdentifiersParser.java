package io.idgraph.load;

import io.idgraph.geo.Geocoder;
import io.idgraph.graph.Geo;
import io.idgraph.graph.IdType;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.privacy.Suppression;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the identifier fields of a graph-file line (emails, phones, addresses, maids): each a
 * string or an object with value, quality_score and, for addresses, latitude and longitude. A bad
 * identifier is rejected alone, with its field and position; so is a suppressed one (its person was
 * deleted).
 */
final class IdentifiersParser {
  private final IdentifierNormalizer normalizer;
  private final Suppression suppression;

  IdentifiersParser(IdentifierNormalizer normalizer, Suppression suppression) {
    this.normalizer = normalizer;
    this.suppression = suppression;
  }

  PersonIdentifiers parse(JsonNode root, List<String> rejects) {
    PersonIdentifiers ids = new PersonIdentifiers();
    for (IdType type : IdType.values()) {
      String field = type.wireName() + (type == IdType.ADDRESS ? "es" : "s");
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        continue;
      }
      if (!node.isArray()) {
        rejects.add(field + ": must be an array of strings or objects with a value");
        continue;
      }
      for (int i = 0; i < node.size(); i++) {
        String where = field + "[" + i + "]: ";
        try {
          parseOne(type, node.get(i), ids, where, rejects);
        } catch (LineRejectedException e) {
          rejects.add(where + e.getMessage());
        }
      }
    }
    return ids;
  }

  private void parseOne(
      IdType type, JsonNode item, PersonIdentifiers ids, String where, List<String> rejects) {
    JsonNode valueNode = item.isObject() ? item.get("value") : item;
    if (valueNode == null || !valueNode.isString()) {
      rejects.add(where + "must be a string or an object with a string value");
      return;
    }
    double quality = type.defaultQuality();
    Double given =
        item.isObject() ? LineFields.score(item.get("quality_score"), "quality_score") : null;
    if (given != null) {
      quality = given;
    }
    NormalizeResult result = normalizer.normalize(type, valueNode.asString());
    if (!result.isOk()) {
      rejects.add(where + result.reason());
      return;
    }
    if (suppression.isSuppressed(result.value())) {
      rejects.add(where + Suppression.REASON);
      ids.noteSuppressed();
      return;
    }
    Geo geo = type == IdType.ADDRESS ? geocode(item, result.value().address().zip5()) : null;
    ids.add(result.value(), quality, geo);
  }

  private static Geo geocode(JsonNode item, String zip5) {
    if (item.isObject() && item.hasNonNull("latitude") && item.hasNonNull("longitude")) {
      JsonNode lat = item.get("latitude");
      JsonNode lon = item.get("longitude");
      if (!lat.isNumber()
          || !lon.isNumber()
          || Math.abs(lat.asDouble()) > 90
          || Math.abs(lon.asDouble()) > 180) {
        throw new LineRejectedException(
            "latitude must be a number from -90 to 90 and longitude from -180 to 180");
      }
      return Geocoder.standard().at(lat.asDouble(), lon.asDouble());
    }
    return zip5 == null ? null : Geocoder.standard().forZip(zip5).orElse(null);
  }
}
