package io.idgraph.profile;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.PersonRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one profile: metadata, and a flat attribute map of the requested domains in request order.
 * Contact domains are numbered (email1..email3), highest quality first; missing attributes are left
 * out, never null.
 */
final class ProfileAssembler {
  static final int MAX_CONTACTS = 3;

  private ProfileAssembler() {}

  static Profile assemble(PersonRecord record, List<Domain> domains) {
    Map<String, Object> flat = new LinkedHashMap<>(capacityFor(record, domains));
    for (Domain domain : domains) {
      switch (domain) {
        case EMAIL -> numbered(flat, "email", record.emails());
        case PHONE -> numbered(flat, "phone", record.phones());
        case ADDRESS -> numbered(flat, "address", record.addresses());
        case MAID -> numbered(flat, "maid", record.maids());
        case NAME -> {
          putIfPresent(flat, "first_name", record.firstName());
          putIfPresent(flat, "last_name", record.lastName());
        }
        default -> {
          Map<String, Object> attributes = record.attributes().get(domain);
          if (attributes != null) {
            attributes.forEach(flat::putIfAbsent);
          }
        }
      }
    }
    ProfileMetadata metadata = new ProfileMetadata(record.qualityScore(), record.lastModified());
    return new Profile(Long.toString(record.personId()), metadata, flat);
  }

  /**
   * A capacity that holds every entry the profile can get without growing: a profile has about 60
   * attributes, and growing the map step by step took a tenth of a get_person call's time.
   */
  private static int capacityFor(PersonRecord record, List<Domain> domains) {
    int entries = 2;
    for (Domain domain : domains) {
      Map<String, Object> attributes = record.attributes().get(domain);
      entries += attributes == null ? MAX_CONTACTS : attributes.size();
    }
    return (int) (entries / 0.75f) + 1;
  }

  private static void numbered(Map<String, Object> flat, String prefix, List<Contact> contacts) {
    for (int i = 0; i < Math.min(MAX_CONTACTS, contacts.size()); i++) {
      flat.put(prefix + (i + 1), contacts.get(i).value());
    }
  }

  private static void putIfPresent(Map<String, Object> flat, String name, String value) {
    if (value != null && !value.isEmpty()) {
      flat.put(name, value);
    }
  }
}
