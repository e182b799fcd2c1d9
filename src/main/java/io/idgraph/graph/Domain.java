package io.idgraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The 18 profile domains of get_person. Contact domains come from a person's identifiers. */
public enum Domain implements WireNamed {
  ADDRESS(true),
  AFFINITY(false),
  CONTENT(false),
  DEMOGRAPHIC(false),
  EMAIL(true),
  EMPLOYMENT(false),
  FINANCIAL(false),
  HOUSEHOLD(false),
  ID(false),
  INTENT_CATEGORY(false),
  INTENT_TOPIC(false),
  INTEREST(false),
  LIFESTYLE(false),
  MAID(true),
  NAME(true),
  PHONE(true),
  POLITICAL(false),
  PURCHASE(false);

  private final boolean contact;
  private final String wireName = name().toLowerCase(Locale.ROOT);

  Domain(boolean contact) {
    this.contact = contact;
  }

  /** True for email, phone, address, maid and name: filled from identifiers, not attributes. */
  public boolean isContact() {
    return contact;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  public static Optional<Domain> fromWire(String name) {
    return WireNamed.find(values(), WireNamed.typed(name));
  }

  /**
   * The domain named {@code name}, or an invalid-argument failure that lists the valid ones.
   *
   * @param shown how to show the name in the message (shortened, say)
   */
  public static Domain require(String name, String shown) {
    return fromWire(name)
        .orElseThrow(
            () ->
                IdgraphException.invalid(
                    "unknown domain '" + shown + "'; valid domains: " + validNames()));
  }

  /** All wire names, comma separated, for error messages. */
  public static String validNames() {
    return Arrays.stream(values()).map(Domain::wireName).collect(Collectors.joining(", "));
  }

  public static List<Domain> attributeDomains() {
    return Arrays.stream(values()).filter(d -> !d.contact).toList();
  }
}
