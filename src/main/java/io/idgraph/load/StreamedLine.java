package io.idgraph.load;

import io.idgraph.graph.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A graph-file line read token by token. The attributes, most of a line (about 60 values), go
 * straight into maps of values; every other field is kept as a small tree. Reading whole lines as
 * trees first was the largest single item of a load's profile.
 *
 * <p>What a line means is the same as read as one tree: a later field of the same name replaces an
 * earlier one in its first place, and a line that is not one JSON object fails as the tree reader
 * fails, at the same place.
 */
record StreamedLine(ObjectNode fields, Attributes attributes) {
  /** A value that is not a string, number or boolean (an object, an array or null). */
  static final Object NOT_A_SCALAR = new Object();

  /**
   * The attributes field: absent (null), JSON null, another non-object, or its domains in order,
   * each a map of attribute values (possibly {@link #NOT_A_SCALAR}), or null when not an object.
   */
  record Attributes(Kind kind, Map<String, Map<String, Object>> domains) {
    enum Kind {
      NULL,
      NOT_AN_OBJECT,
      OBJECT
    }
  }

  private static final String ATTRIBUTES = "attributes";

  /** The line, or null when it is valid JSON but not an object; bad JSON throws. */
  static StreamedLine read(String line) {
    // parsed from UTF-8 bytes: Jackson's byte parser reads the field names (most of a line) faster
    try {
      return read(line.getBytes(StandardCharsets.UTF_8), line);
    } catch (JacksonException e) {
      Json.MAPPER.readTree(line); // throws the same error, its column in characters, not bytes
      throw e;
    }
  }

  private static StreamedLine read(byte[] utf8, String line) {
    try (JsonParser p = Json.MAPPER.createParser(utf8)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        Json.MAPPER.readTree(line); // throws where the JSON is bad
        return null;
      }
      ObjectNode fields = Json.MAPPER.createObjectNode();
      Attributes attributes = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals(ATTRIBUTES)) {
          attributes = attributes(p);
        } else {
          fields.set(name, p.<JsonNode>readValueAsTree());
        }
      }
      if (p.nextToken() != null) {
        Json.MAPPER.readTree(line); // throws, saying where the content after the object is
      }
      return new StreamedLine(fields, attributes);
    }
  }

  private static Attributes attributes(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return new Attributes(Attributes.Kind.NULL, Map.of());
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return new Attributes(Attributes.Kind.NOT_AN_OBJECT, Map.of());
    }
    Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String domain = p.currentName();
      domains.put(domain, p.nextToken() == JsonToken.START_OBJECT ? values(p) : null);
      p.skipChildren();
    }
    return new Attributes(Attributes.Kind.OBJECT, domains);
  }

  /** One domain's values, the parser on the domain's START_OBJECT; leaves it on the END_OBJECT. */
  private static Map<String, Object> values(JsonParser p) {
    Map<String, Object> values = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      values.put(name, scalar(p));
    }
    return values;
  }

  /**
   * The current value as a string, long, double or boolean, as a tree of the line would hold it.
   */
  private static Object scalar(JsonParser p) {
    return switch (p.currentToken()) {
      case VALUE_STRING -> p.getString();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? (Object) p.getDoubleValue()
              : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      default -> {
        p.skipChildren();
        yield NOT_A_SCALAR;
      }
    };
  }
}
