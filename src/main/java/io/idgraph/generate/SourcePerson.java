package io.idgraph.generate;

/** One synthetic person of the source generator, as the truth knows them. */
final class SourcePerson {
  int index;
  String first;
  String last;
  boolean female;
  int birthYear;
  String email;
  String altEmail; // a second address (work or old), used by some sources, or null
  String mobile; // ten digits
  String landline; // ten digits shared by the household, or null
  String address; // one household address, written differently by each source
  Household household;
  String maid; // or null
  String ageRange;
  String gender;
}
