package io.idgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute catalog shipped as {@code io/idgraph/catalog.json}: for each of the 18 domains, its
 * description and its attributes (name, description, type, values) in catalog order. Attribute
 * names are unique across domains. Loaded once, on first use of {@link #shared()}.
 */
public final class DomainCatalog {
  /** Classpath location of the catalog JSON. */
  public static final String RESOURCE = "/io/idgraph/catalog.json";

  private final String rawJson;
  private final int version;
  private final Map<Domain, String> descriptions;
  private final Map<Domain, String> notes;
  private final Map<Domain, List<CatalogAttribute>> byDomain;
  private final Map<String, CatalogAttribute> byName;

  private DomainCatalog(String rawJson, CatalogFile file) {
    this.rawJson = rawJson;
    this.version = file.catalogVersion();
    this.descriptions = new EnumMap<>(Domain.class);
    this.notes = new EnumMap<>(Domain.class);
    this.byDomain = new EnumMap<>(Domain.class);
    this.byName = new LinkedHashMap<>();
    for (CatalogFile.DomainEntry entry : file.domains()) {
      addDomain(entry);
    }
    for (Domain domain : Domain.values()) {
      if (!byDomain.containsKey(domain)) {
        throw new IllegalStateException("catalog must describe domain " + domain.wireName());
      }
    }
  }

  /** The shipped catalog, loaded on first call. */
  public static DomainCatalog shared() {
    return Holder.INSTANCE;
  }

  /** Parses a catalog; throws IllegalStateException when it breaks a catalog rule. */
  public static DomainCatalog parse(String json) {
    CatalogFile file;
    try {
      file = Json.MAPPER.readValue(json, CatalogFile.class);
    } catch (RuntimeException e) {
      throw new IllegalStateException("catalog must be valid JSON: " + e.getMessage(), e);
    }
    if (file.domains() == null) {
      throw new IllegalStateException("catalog must have a domains array");
    }
    return new DomainCatalog(json, file);
  }

  /** The catalog JSON exactly as shipped, for the MCP catalog resource. */
  public String rawJson() {
    return rawJson;
  }

  public int version() {
    return version;
  }

  /** The attributes of {@code domain}, in catalog order. */
  public List<CatalogAttribute> attributes(Domain domain) {
    return byDomain.get(domain);
  }

  /** Every attribute of every domain, domain by domain in catalog order. */
  public List<CatalogAttribute> allAttributes() {
    return List.copyOf(byName.values());
  }

  /** The attribute named {@code name}, in any domain. */
  public Optional<CatalogAttribute> attribute(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  /** The value set of an enumerable attribute; empty for other or unknown attributes. */
  public List<String> values(String attributeName) {
    return attribute(attributeName).map(CatalogAttribute::values).orElse(List.of());
  }

  /** True when some domain lists {@code name}. */
  public boolean isKnown(String name) {
    return attribute(name).isPresent();
  }

  /** True when {@code domain} lists {@code name}. */
  public boolean isKnown(Domain domain, String name) {
    return attribute(name).filter(a -> a.domain() == domain).isPresent();
  }

  /** The domain's description, as the seed's domain table words it. */
  public String description(Domain domain) {
    return descriptions.get(domain);
  }

  /** The domain's note (where contact fields come from, which choices are idgraph's own). */
  public Optional<String> note(Domain domain) {
    return Optional.ofNullable(notes.get(domain));
  }

  private void addDomain(CatalogFile.DomainEntry entry) {
    Domain domain =
        Domain.fromWire(entry.name())
            .orElseThrow(
                () -> new IllegalStateException("catalog names unknown domain " + entry.name()));
    if (byDomain.containsKey(domain)) {
      throw new IllegalStateException("catalog must list domain " + entry.name() + " once");
    }
    if (entry.contact() != domain.isContact()) {
      throw new IllegalStateException(
          "catalog contact flag of " + entry.name() + " must be " + domain.isContact());
    }
    descriptions.put(domain, require(entry.description(), "description of " + entry.name()));
    if (entry.note() != null) {
      notes.put(domain, entry.note());
    }
    List<CatalogAttribute> attributes = new ArrayList<>();
    for (CatalogFile.AttributeEntry a :
        entry.attributes() == null ? List.<CatalogFile.AttributeEntry>of() : entry.attributes()) {
      CatalogAttribute attribute = toAttribute(domain, a);
      if (byName.putIfAbsent(attribute.name(), attribute) != null) {
        throw new IllegalStateException(
            "catalog attribute names must be unique, " + a.name() + " repeats");
      }
      attributes.add(attribute);
    }
    byDomain.put(domain, Collections.unmodifiableList(attributes));
  }

  private static CatalogAttribute toAttribute(Domain domain, CatalogFile.AttributeEntry a) {
    String name = require(a.name(), "attribute name in " + domain.wireName());
    AttributeType type =
        AttributeType.fromWire(a.type())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "catalog attribute " + name + " has unknown type " + a.type()));
    List<String> values = a.values() == null ? List.of() : a.values();
    if (!values.isEmpty() && type != AttributeType.STRING) {
      throw new IllegalStateException(
          "catalog attribute " + name + " lists values but is not a string");
    }
    return new CatalogAttribute(
        name,
        domain,
        require(a.description(), "description of " + name),
        type,
        values,
        a.minimum(),
        a.maximum());
  }

  private static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("catalog must give a " + what);
    }
    return value;
  }

  private static final class Holder {
    static final DomainCatalog INSTANCE = load();

    private static DomainCatalog load() {
      try (InputStream in = DomainCatalog.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
