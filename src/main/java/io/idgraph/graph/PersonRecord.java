package io.idgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * A person as stored: metadata, contact identifiers (each list highest quality first) and
 * attributes of the non-contact domains. Absent metadata is null; absent lists are empty.
 *
 * @param attributes domain to (attribute name to value); values are String, Long, Double or
 *     Boolean, in load order
 */
public record PersonRecord(
    long personId,
    Double qualityScore,
    String lastModified,
    String firstName,
    String lastName,
    List<Contact> emails,
    List<Contact> phones,
    List<Contact> addresses,
    List<Contact> maids,
    Map<Domain, Map<String, Object>> attributes) {

  public List<Contact> contacts(IdType type) {
    return switch (type) {
      case EMAIL -> emails;
      case PHONE -> phones;
      case ADDRESS -> addresses;
      case MAID -> maids;
    };
  }
}
