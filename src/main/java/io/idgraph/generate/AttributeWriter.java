package io.idgraph.generate;

import tools.jackson.core.JsonGenerator;

/**
 * Writes {@code "attributes": {domain: {name: value}}}, opening the attributes object and each
 * domain object only when a first value arrives, so a person never carries an empty domain.
 */
final class AttributeWriter {
  private final JsonGenerator json;
  private boolean attributesOpen;
  private String pendingDomain;
  private boolean domainOpen;

  AttributeWriter(JsonGenerator json) {
    this.json = json;
  }

  void domain(String name) {
    endDomain();
    pendingDomain = name;
  }

  void put(String name, String value) {
    open().writeStringProperty(name, value);
  }

  void put(String name, long value) {
    open().writeNumberProperty(name, value);
  }

  void put(String name, boolean value) {
    open().writeBooleanProperty(name, value);
  }

  void put(String name, double value, int decimals) {
    JsonLine.decimalProperty(open(), name, value, decimals);
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
      json.writeEndObject();
      attributesOpen = false;
    }
  }

  private void endDomain() {
    if (domainOpen) {
      json.writeEndObject();
      domainOpen = false;
    }
    pendingDomain = null;
  }

  /** Opens the attributes object and the pending domain's object where not yet open. */
  private JsonGenerator open() {
    if (!attributesOpen) {
      json.writeObjectPropertyStart("attributes");
      attributesOpen = true;
    }
    if (!domainOpen) {
      json.writeObjectPropertyStart(pendingDomain);
      domainOpen = true;
    }
    return json;
  }
}
