package io.idgraph.mcp;

import io.idgraph.graph.Domain;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The domain catalog as served at {@code catalog://domains}: the shipped {@code
 * /io/idgraph/catalog.json}, or, in a build without it, the domain names alone.
 */
final class DomainCatalogResource {
  static final String URI = "catalog://domains";
  private static final String CATALOG = "/io/idgraph/catalog.json";

  private DomainCatalogResource() {}

  static String json() {
    try (InputStream in = DomainCatalogResource.class.getResourceAsStream(CATALOG)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode domains = root.putArray("domains");
    for (Domain domain : Domain.values()) {
      domains.addObject().put("name", domain.wireName()).put("contact", domain.isContact());
    }
    root.put("note", "attribute names and values are not bundled in this build");
    return Json.MAPPER.writeValueAsString(root);
  }
}
