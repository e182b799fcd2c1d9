package io.idgraph.load;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Small readers of graph-file JSON fields, shared by the line and identifier parsers. */
final class LineFields {
  private static final int MAX_NAME_CHARS = 64;

  private LineFields() {}

  /** A score in [0, 1], or null when absent; anything else rejects the line. */
  static Double score(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()
        || node.asDouble() < 0
        || node.asDouble() > 1
        || Double.isNaN(node.asDouble())) {
      throw new LineRejectedException(field + " must be a number from 0 to 1");
    }
    return node.asDouble();
  }

  static String text(JsonNode object, String field) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode node = object.get(field);
    if (node == null || !node.isString()) {
      return null;
    }
    String value = node.asString().trim();
    return value.isEmpty() ? null : value;
  }

  /** A field name cut short for a reason text. */
  static String clip(String name) {
    return name.length() <= MAX_NAME_CHARS ? name : name.substring(0, MAX_NAME_CHARS) + "...";
  }

  /** Where a JSON error is, without echoing the content (it may hold personal data). */
  static String describe(JacksonException e) {
    var location = e.getLocation();
    if (location == null) {
      return "could not parse";
    }
    return "syntax error at column " + location.getColumnNr();
  }
}
