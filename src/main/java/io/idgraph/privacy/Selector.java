package io.idgraph.privacy;

import io.idgraph.graph.IdType;
import java.util.Locale;
import java.util.Optional;

/**
 * What a privacy request names: an identifier of a type ({@code type} non-null) or a person id
 * ({@code type} null). The value is as the requester gave it; it is normalized before use and never
 * written anywhere (only its HMAC is).
 */
public record Selector(IdType type, String value) {
  public static final String PERSON = "person";

  public static Selector person(long personId) {
    return new Selector(null, Long.toString(personId));
  }

  public boolean isPerson() {
    return type == null;
  }

  /** The selector's type as a requester writes it: email, phone, address, maid or person. */
  public String typeName() {
    return type == null ? PERSON : type.wireName();
  }

  /** A selector from a type name and a value, as in a --file CSV; empty for an unknown type. */
  public static Optional<Selector> of(String typeName, String value) {
    String name = typeName.trim().toLowerCase(Locale.ROOT);
    if (name.equals(PERSON)) {
      return Optional.of(new Selector(null, value));
    }
    return IdType.fromWire(name).map(t -> new Selector(t, value));
  }

  @Override
  public String toString() {
    return typeName() + " selector"; // never the value
  }
}
