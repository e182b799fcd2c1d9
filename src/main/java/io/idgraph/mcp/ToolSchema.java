package io.idgraph.mcp;

import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tool's definition file, {@code resources/io/idgraph/mcp/tools/{name}.json} (name, title,
 * description, inputSchema): the one place that lists a tool's arguments. The tools take the names
 * they accept from here, so the schema clients see and the arguments the server takes cannot drift.
 */
final class ToolSchema {
  /** Each definition file is read once: the tools and the server all ask at start-up. */
  private static final Map<String, Map<String, Object>> DEFINITIONS = new ConcurrentHashMap<>();

  private ToolSchema() {}

  /** The whole definition file of a tool (shared: do not modify). */
  static Map<String, Object> definition(String tool) {
    return DEFINITIONS.computeIfAbsent(
        tool, name -> readJson("/io/idgraph/mcp/tools/" + name + ".json"));
  }

  /**
   * The property names of the tool's input schema, or of a nested object: each step of {@code path}
   * enters that property (and the items of an array).
   */
  static Set<String> argumentNames(String tool, String... path) {
    Map<String, Object> schema = map(definition(tool).get("inputSchema"), tool);
    for (String step : path) {
      schema = map(map(schema.get("properties"), tool).get(step), tool + "." + step);
      if (schema.containsKey("items")) {
        schema = map(schema.get("items"), tool + "." + step);
      }
    }
    return Set.copyOf(map(schema.get("properties"), tool).keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalStateException("the tool schema has no object at " + where);
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readJson(String resource) {
    try (InputStream in = ToolSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return Json.MAPPER.readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
