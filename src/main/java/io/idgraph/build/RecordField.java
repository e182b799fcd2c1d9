package io.idgraph.build;

import io.idgraph.enrich.HashSniffer;
import io.idgraph.graph.IdType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The fields of a source record other than catalog attributes, as {@code --map} names them. */
enum RecordField {
  RECORD_ID(
      null,
      "recordid",
      "id",
      "customerid",
      "custid",
      "customerno",
      "custno",
      "customernumber",
      "contactid",
      "orderid",
      "orderno",
      "ordernumber",
      "subscriberid",
      "memberid",
      "accountid",
      "leadid",
      "externalid",
      "uuid"),
  FIRST_NAME(null, "firstname", "fname", "givenname", "first", "forename"),
  LAST_NAME(null, "lastname", "lname", "surname", "familyname", "last"),
  NAME(null, "name", "fullname", "customername", "contactname", "subscribername"),
  UPDATED_AT(
      null,
      "updatedat",
      "lastmodified",
      "modified",
      "modifiedat",
      "updated",
      "lastupdated",
      "orderdate",
      "createdat",
      "created",
      "signupdate",
      "subscribedat",
      "timestamp",
      "date"),
  EMAIL(IdType.EMAIL),
  PHONE(IdType.PHONE),
  MAID(IdType.MAID),
  ADDRESS(IdType.ADDRESS),
  STREET(IdType.ADDRESS),
  ADDRESS2(IdType.ADDRESS),
  CITY(IdType.ADDRESS),
  STATE(IdType.ADDRESS),
  ZIP(IdType.ADDRESS);

  /** The identifier type this field feeds, or null. */
  final IdType idType;

  /** Header names (lower-case letters and digits only) recognised as this field. */
  @SuppressWarnings("ImmutableEnumChecker") // Set.of is unmodifiable
  final Set<String> headerKeys;

  RecordField(IdType idType, String... headerKeys) {
    this.idType = idType;
    this.headerKeys = Set.of(headerKeys);
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<RecordField> fromWire(String name) {
    for (RecordField f : values()) {
      if (f.wireName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The field a header names (identifiers excepted: the enrich guesser finds those). */
  static Optional<RecordField> fromHeader(String header) {
    String key = HashSniffer.key(header);
    for (RecordField f : values()) {
      if (f.headerKeys.contains(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
