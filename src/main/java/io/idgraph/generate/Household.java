package io.idgraph.generate;

/**
 * The household being generated: members share its address, last name and economics. One instance
 * is reused for every household, so memory stays flat however many persons are written.
 */
final class Household {
  int size;
  String lastName;
  boolean hispanicName;

  // address
  String zip;
  String city;
  String state;
  int houseNumber;
  String predirectional; // "N", "S", "E", "W" or null
  String streetName;
  int suffix; // index into AddressStyle suffixes
  String unit; // "4B", "12", or null
  int unitKind; // index into AddressStyle unit designators
  String zip4;
  double latitude;
  double longitude;

  // economics and composition
  int headAge; // age_range index
  boolean couple;
  int children;
  int income; // household_income_range index
  int netWorth; // household_net_worth_range index
  boolean owner;
  int dwelling; // dwelling_type index
  int residence; // length_of_residence index
  int homeValue; // home_value_range index
  boolean pets;
  boolean dog;
  boolean cat;
  int party; // political_party_affiliation index
  int ethnicity; // ethnicity index most members share
  String landline; // ten digits shared by the members, or null
}
