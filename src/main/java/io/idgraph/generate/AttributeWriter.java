package io.idgraph.generate;

/**
 * Writes {@code "attributes": {domain: {name: value}}}, opening the attributes object and each
 * domain object only when a first value arrives, so a person never carries an empty domain.
 */
final class AttributeWriter {
  private final JsonLine json;
  private boolean attributesOpen;
  private String pendingDomain;
  private boolean domainOpen;

  AttributeWriter(JsonLine json) {
    this.json = json;
  }

  void domain(String name) {
    endDomain();
    pendingDomain = name;
  }

  void put(String name, String value) {
    open();
    json.field(name, value);
  }

  void put(String name, long value) {
    open();
    json.field(name, value);
  }

  void put(String name, boolean value) {
    open();
    json.field(name, value);
  }

  void put(String name, double value, int decimals) {
    open();
    json.field(name, value, decimals);
  }

  /** Writes {@code "name": "Yes"} when {@code flag} holds. */
  void flag(String name, boolean flag) {
    if (flag) {
      put(name, "Yes");
    }
  }

  /** Closes the open domain and the attributes object, if any were opened. */
  void finish() {
    endDomain();
    if (attributesOpen) {
      json.endObject();
      attributesOpen = false;
    }
  }

  private void endDomain() {
    if (domainOpen) {
      json.endObject();
      domainOpen = false;
    }
    pendingDomain = null;
  }

  private void open() {
    if (!attributesOpen) {
      json.name("attributes").beginObject();
      attributesOpen = true;
    }
    if (!domainOpen) {
      json.name(pendingDomain).beginObject();
      domainOpen = true;
    }
  }
}
